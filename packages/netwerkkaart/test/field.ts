/**
 * What the tests of the map in the field share (netwerkkaart.field and netwerkkaart.zoom): a page
 * that scrolls around the map, as on a tablet or phone, and Chromium's own input commands.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { unmountAll } from '@niet-alleen/core/testing';

/**
 * A page that can scroll around the map: `add()` puts a tall block after it; `reset()` (after
 * each test) unmounts the elements, takes the block away, scrolls back up and restores the viewport.
 */
export function scrollingPage() {
  let spacer: HTMLElement | null = null;
  return {
    add(): void {
      spacer = document.createElement('div');
      spacer.style.blockSize = '3000px';
      document.body.append(spacer);
    },
    async reset(): Promise<void> {
      unmountAll();
      spacer?.remove();
      spacer = null;
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    },
  };
}

/**
 * One of Chromium's input commands through the DevTools protocol ('touch', 'wheel' of
 * scripts/wtr-plugins.js); false when this browser has no such command (Firefox, WebKit).
 */
export async function inputCommand(name: 'touch' | 'wheel', payload: Record<string, unknown>): Promise<boolean> {
  try {
    return (await executeServerCommand(name, payload)) === true;
  } catch {
    return false;
  }
}
