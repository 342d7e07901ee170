// mode="provision" in one chunk, loaded when the register step first opens in that mode (the QR
// encoder is a chunk of its own, fetched while the bank answers): pages that register a token by
// its ID never load any of it.
export { issueKey } from './provision.js';
export { keyStyles, keyView } from './key-view.js';
