// Trustwork notes status: "Saved" is shown only when everything in the field has reached the server.
// Typing marks the editor as pending at once (CSS then shows "Saving…"); a save confirmation clears the
// mark only if the text the server saved is still exactly the text in the field, compared by a
// Java-compatible string hash. The attribute is the script's own; the server never sets it.
(function () {
  'use strict';

  function javaHash(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++) {
      h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
    }
    return h;
  }

  window.TrustworkNotes = {
    watch(editor) {
      if (editor.__trustworkWatching) {
        return;
      }
      editor.__trustworkWatching = true;
      editor.addEventListener('input', () => editor.setAttribute('data-pending', ''));
    },
    saved(editor, hash) {
      const textarea = editor.querySelector('textarea');
      if (textarea && javaHash(textarea.value) === hash) {
        editor.removeAttribute('data-pending');
      }
    }
  };
  document.dispatchEvent(new Event('trustwork-notes-ready'));
})();
