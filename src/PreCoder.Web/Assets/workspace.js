// The interview page's keyboard and scrolling. Keys go to the Blazor component (InterviewPage.OnKey); everything
// else - saving, filtering, what is shown - happens on the server.
window.precoder = {
  handler: null,
  keys: new Set(['j', 'k', 'a', 'm', 'n', 'u', 'r', 'e', 'x', '+', 'Escape', 'ArrowDown', 'ArrowUp']),

  listen(component) {
    this.stop();
    this.handler = (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const target = e.target;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      if (typing) {
        // In the note and value boxes Enter saves and Escape cancels; every other key types.
        const ours = target.id === 'note-input' || target.id === 'score-input';
        if (!(ours && ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape'))) return;
      } else if (!(this.keys.has(e.key) || /^[0-9]$/.test(e.key))) {
        return;
      }
      e.preventDefault();
      component.invokeMethodAsync('OnKey', e.key);
    };
    document.addEventListener('keydown', this.handler);
  },

  stop() {
    if (this.handler) document.removeEventListener('keydown', this.handler);
    this.handler = null;
  },

  scrollTo(id) {
    const el = document.getElementById(id);
    if (el) el.scrollIntoView({ block: 'nearest' });
  },

  reveal(id) {
    const el = document.getElementById(id);
    if (el) el.scrollIntoView({ block: 'center' });
  },

  focus(id) {
    const el = document.getElementById(id);
    if (el) el.focus();
  },

  // Only text selected inside the transcript counts as evidence.
  selectedTranscriptText() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return '';
    const node = selection.getRangeAt(0).commonAncestorContainer;
    const element = node.nodeType === 1 ? node : node.parentElement;
    return element && element.closest('.transcript') ? selection.toString().trim() : '';
  },
};
