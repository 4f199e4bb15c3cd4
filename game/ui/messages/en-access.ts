// Interface text for accessibility, the map's text mirror, printing, the learning check and the tutorial.
export const enAccess = {
  'access.column.left': 'Dial and state of play',
  'access.column.centre': 'Map and event log',
  'access.column.right': 'Your decisions this turn',
} as const;
