import { useCallback, useState } from 'preact/hooks';

export interface Toast { id: number; kind: 'info' | 'ok' | 'error'; text: string }
export type PushToast = (kind: Toast['kind'], text: string) => void;

let nextId = 1;

export function useToasts() {
  const [list, setList] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setList((l) => l.filter((t) => t.id !== id)), []);
  const push = useCallback<PushToast>((kind, text) => {
    const id = nextId++;
    setList((l) => [...l.slice(-4), { id, kind, text }]);
    setTimeout(() => dismiss(id), kind === 'error' ? 9000 : 4500);
  }, [dismiss]);
  return { list, push, dismiss };
}

export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} class={`toast toast-${t.kind}`} data-testid="toast" onClick={() => onDismiss(t.id)}>
          {t.text}
        </div>
      ))}
    </div>
  );
}
