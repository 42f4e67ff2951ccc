// The length limits alone, for forms in the browser (the common-password list stays on the server).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
