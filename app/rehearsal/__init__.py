"""Livestream rehearsal core: runs of show, practice comments, takes, recording, review.

Plain Python (no widgets); ``app/ui/rehearsal`` and ``cli.py`` drive the same API:

- ``plans``: ``create_plan``, ``list_plans``, ``load_plan`` → ``Plan``/``Block``/``ProductCard``,
  ``add_product_block``, ``remove_block``, ``move_block``/``reorder_blocks``, ``update_block``,
  ``update_plan``, ``delete_plan``, ``order_examples``.
- ``live_take.LiveTake``: one take end to end (take row, file camera, ``TakeSession``,
  markers written as they happen); ``start()``, ``tick()``, ``next()``, ``previous()``,
  ``answer()``, ``flash_sale()``, ``stop()``; ``now()`` is the take's clock.
- ``session.TakeSession``: the Qt-free state machine (timers green/amber/red, flash-sale
  countdown, comments shown/answered/missed), driven by ``now_s``.
- ``recorder.FileCameraRecorder``: a video file as camera + microphone, recorded in real
  time (``latest_frame()``, ``audio_level()``); ``recording_writer.RecordingWriter`` for
  frames from any other source.
- ``takes``: ``recover_interrupted`` (call when the room opens), ``list_takes``,
  ``load_take``; ``review.review_take``, ``review.compare_with_previous``,
  ``TakeReview.segments()`` for the editor; ``report.write_html``/``write_pdf``.
"""
