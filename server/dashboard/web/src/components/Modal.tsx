import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';

export function Modal({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div class="modal-back" onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div class={`modal ${wide ? 'modal-wide' : ''}`} role="dialog" aria-label={title}>
        <div class="modal-head">
          <h2>{title}</h2>
          <button class="btn btn-icon" aria-label="close" onClick={onClose}>×</button>
        </div>
        <div class="modal-body">{children}</div>
      </div>
    </div>
  );
}
