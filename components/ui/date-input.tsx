import { CalendarDays } from 'lucide-react';
import type { InputHTMLAttributes } from 'react';
import './date-input.css';

/**
 * A date field with its calendar icon drawn inline. Chromium draws its own icon from an SVG
 * image, and that image builds a whole SVG document in the page's first style pass: ~8 ms
 * of the history's first screen on a 2-core machine, for an icon. The browser's button stays
 * where it was (transparent, under this icon), so a click there still opens the picker.
 * Firefox draws its icon differently and keeps it (see forms.css).
 */
export function DateInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return (
    <span className="date-input">
      <input type="date" {...props} />
      <CalendarDays className="date-input-icon" size={14} aria-hidden="true" />
    </span>
  );
}
