import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

interface ToastApi {
  show(message: string, action?: Toast['action']): void;
}

const ToastContext = createContext<ToastApi | null>(null);
const visibleFor = 10_000;
let nextId = 1;

/** Short confirmations with an optional action ("Undo"), which takes focus, announced politely to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      show(message, action) {
        const id = nextId++;
        setToasts((all) => [...all, { id, message, ...(action ? { action } : {}) }]);
      },
    }),
    [],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} dismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/**
 * Leaves by itself after a while, but not while the pointer or focus is on it (WCAG 2.2.1): an
 * analyst reaching for "Undo" must not see it vanish under the pointer or the keyboard.
 */
function ToastItem({ toast, dismiss }: { toast: Toast; dismiss: (id: number) => void }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const element = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const paused = hovered || focused;

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss(toast.id), visibleFor);
    return () => clearTimeout(timer);
  }, [paused, dismiss, toast.id]);

  useEffect(() => {
    // An action undoes what was just done, whose control is often gone with it (a deleted row and
    // its Delete button): focus goes to the action, the likeliest next step, not to the page's body.
    actionButton.current?.focus();
  }, []);

  const leave = (then?: () => void) => {
    // Focus would fall to the body with the toast: the page's main content is the place to resume.
    if (element.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    then?.();
    dismiss(toast.id);
  };

  return (
    <div
      ref={element}
      className="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button type="button" ref={actionButton} onClick={() => leave(toast.action!.run)}>
          {toast.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={() => leave()}>
        ×
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider');
  return api;
}
