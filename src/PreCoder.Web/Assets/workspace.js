// The interview page's keyboard, scrolling and player. Keys go to the Blazor component (InterviewPage.OnKey);
// everything else - saving, filtering, what is shown - happens on the server. The player is driven here alone: a
// round trip to the server to press play would only add latency.
window.precoder = {
  handler: null,
  clicks: null,
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
      } else if (e.key === 'p' && document.getElementById('player')) {
        e.preventDefault();
        this.toggle();
        return;
      } else if (!(this.keys.has(e.key) || /^[0-9]$/.test(e.key))) {
        return;
      }
      e.preventDefault();
      component.invokeMethodAsync('OnKey', e.key);
    };
    document.addEventListener('keydown', this.handler);
    // A transcript time plays the recording from there.
    this.clicks = (e) => {
      const time = e.target.closest && e.target.closest('[data-seek]');
      if (!time) return;
      e.preventDefault();
      this.seek(parseFloat(time.dataset.seek), true);
    };
    document.addEventListener('click', this.clicks);
  },

  stop() {
    if (this.handler) document.removeEventListener('keydown', this.handler);
    if (this.clicks) document.removeEventListener('click', this.clicks);
    this.handler = null;
    this.clicks = null;
  },

  // Before the recording's header has loaded a seek would be lost, so it waits for it.
  seek(seconds, play) {
    const player = document.getElementById('player');
    if (!player || !Number.isFinite(seconds)) return;
    const go = () => {
      player.currentTime = seconds;
      if (play) player.play().catch(() => {});
    };
    if (player.readyState >= 1) go(); else player.addEventListener('loadedmetadata', go, { once: true });
  },

  toggle() {
    const player = document.getElementById('player');
    if (!player) return;
    if (player.paused) player.play().catch(() => {}); else player.pause();
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
