"""Video engine: probe, lossless / smart / exact cuts with sound, presets, overlay,
filmstrip thumbnails and waveform. Plain Python (PyAV + OpenCV/NumPy), no widgets."""
