import './kbd.css';
export function Kbd({ children, label }: { children: string; label?: string }) {
  return (
    <kbd className="kbd" {...(label ? { 'aria-label': label } : {})}>
      {children}
    </kbd>
  );
}
