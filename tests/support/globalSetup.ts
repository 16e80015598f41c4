/** Nothing to prepare before the suite yet; browser tests add the client build here. */
export default function setup(): void {}
