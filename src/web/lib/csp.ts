import { z } from 'zod';

/*
 * The server's Content-Security-Policy forbids eval and inline <style>. Two libraries would try
 * them (and fall back gracefully, but the browser logs a violation each time):
 * - zod compiles fast parsers with `new Function` unless told not to;
 * - react-aria injects a <style id="react-aria-pressable-style"> unless an element with that id
 *   exists. Its one rule (touch-action on pressables) lives in styles/base.css instead.
 * This module must be imported before anything that defines zod schemas.
 */
z.config({ jitless: true });

if (typeof document !== 'undefined' && !document.getElementById('react-aria-pressable-style')) {
  const marker = document.createElement('meta');
  marker.id = 'react-aria-pressable-style';
  marker.name = 'react-aria-pressable-style';
  marker.content = 'styles/base.css';
  document.head.prepend(marker);
}
