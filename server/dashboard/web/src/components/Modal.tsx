/**
 * A dialog rendered into its own root under <body>: node cards use CSS containment (which traps
 * position: fixed), so a dialog opened from a card must not live inside it.
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }

function ModalView({ title, onClose, children, wide }: Props) {
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

export function Modal(props: Props) {
  const [host] = useState(() => document.createElement('div'));
  useEffect(() => {
    document.body.appendChild(host);
    return () => {
      render(null, host);
      host.remove();
    };
  }, [host]);
  useEffect(() => {
    render(<ModalView {...props} />, host);
  });
  return null;
}
