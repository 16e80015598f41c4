/** The time now, passed in where the server is built, so that a test can move it on instead of waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
