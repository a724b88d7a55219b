export const TAG_CPRO = 'Mode API (Chorus Pro)';
