"""Run one piece of work in a child process of the app itself, talking JSON lines.

The editor's export (``app.editor.export_process``) and the window's sync
(``app.sync.sync_process``) each run in the app started again, so their Python never
holds the GIL the UI thread needs. What they share lives here, Qt-free:

- ``wire``: one ASCII JSON line per message, and a user-facing error as its class,
  untranslated sentence and simple fields (anything else is a bug: its trace);
- ``parent``: the app's own command line, starting the child, relaying progress,
  ``cancel`` on stdin, kill after a grace period, the child's answer;
- ``child``: the child's side: answers on a private copy of stdout, stdin watched for
  ``cancel`` or end-of-file, throttled progress, one answer and an exit code.

The protocol: the parent may write one request line; the child writes lines of
``{"progress": f, "text": s}`` and ends with one of ``{"done": …}``,
``{"cancelled": true}`` (exit 130) or ``{"error": {...}}`` (exit 2).
"""
