import { expect } from '@open-wc/testing';
import { clearText, deleteBackward, insertText } from '../../src/soft-keyboard/edit.js';

describe('soft keyboard editing', () => {
  it('inserts at the caret and moves the caret after the character', () => {
    expect(insertText({ value: 'acd', start: 1, end: 1 }, 'b')).to.deep.equal({ value: 'abcd', start: 2, end: 2 });
    expect(insertText({ value: '', start: 0, end: 0 }, 'x')).to.deep.equal({ value: 'x', start: 1, end: 1 });
  });

  it('replaces a selection with the character', () => {
    expect(insertText({ value: 'abXYef', start: 2, end: 4 }, 'c')).to.deep.equal({ value: 'abcef', start: 3, end: 3 });
  });

  it('refuses to type past maxLength, as a native input does', () => {
    expect(insertText({ value: 'abc', start: 3, end: 3 }, 'd', 3)).to.equal(null);
    expect(insertText({ value: 'abc', start: 1, end: 2 }, 'd', 3)).to.deep.equal({ value: 'adc', start: 2, end: 2 });
    expect(insertText({ value: 'abc', start: 3, end: 3 }, 'd', -1)?.value).to.equal('abcd');
  });

  it('backspace deletes the character before the caret', () => {
    expect(deleteBackward({ value: 'abcd', start: 2, end: 2 })).to.deep.equal({ value: 'acd', start: 1, end: 1 });
    expect(deleteBackward({ value: 'abcd', start: 4, end: 4 })).to.deep.equal({ value: 'abc', start: 3, end: 3 });
  });

  it('backspace deletes only the selection when there is one', () => {
    expect(deleteBackward({ value: 'abcdef', start: 2, end: 4 })).to.deep.equal({ value: 'abef', start: 2, end: 2 });
  });

  it('backspace at the start changes nothing', () => {
    expect(deleteBackward({ value: 'abc', start: 0, end: 0 })).to.equal(null);
  });

  it('backspace removes a whole surrogate pair', () => {
    expect(deleteBackward({ value: 'a😀', start: 3, end: 3 })).to.deep.equal({ value: 'a', start: 1, end: 1 });
  });

  it('clear empties the text, and changes nothing when it is already empty', () => {
    expect(clearText({ value: 'abc', start: 1, end: 2 })).to.deep.equal({ value: '', start: 0, end: 0 });
    expect(clearText({ value: '', start: 0, end: 0 })).to.equal(null);
  });
});
