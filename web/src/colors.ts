// One colour per event type, shared by the chart, the map and the legends.
const TYPE_COLORS: Record<string, string> = {
  battles: '#c0392b',
  explosions_remote_violence: '#e67e22',
  violence_against_civilians: '#8e44ad',
  protests: '#2980b9',
  riots: '#16a085',
  strategic_developments: '#7f8c8d',
};

export const typeColor = (type: string): string => TYPE_COLORS[type] ?? '#95a5a6';
