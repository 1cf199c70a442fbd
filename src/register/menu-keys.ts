/**
 * Where focus goes in a menu of `count` items after `key`, from item `current`
 * (-1 when none has focus), as the WAI-ARIA menu pattern says: arrows move and
 * wrap, Home and End jump. `null` for keys the menu leaves alone.
 */
export function menuIndexAfterKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
