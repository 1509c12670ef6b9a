import av

from app.video import h264
from app.video.smart import _Encoder
from app.video.source import VideoSource


def test_annexb_split_and_length_prefix():
    stream = b"\x00\x00\x00\x01\x67\x64\x00\x1f" + b"\x00\x00\x01\x68\xeb" + b"\x00\x00\x01\x65\x88"
    units = h264.split_annexb(stream)
    assert [h264.nal_type(u) for u in units] == [h264.NAL_SPS, h264.NAL_PPS, 5]
    packed = h264.to_length_prefixed(units, 4)
    assert packed[:4] == (4).to_bytes(4, "big") and packed[4:8] == units[0]


def test_smart_cut_parameter_sets_join_the_sources_under_their_own_id(media):
    with av.open(str(media.plain)) as container:
        extradata = bytes(container.streams.video[0].codec_context.extradata)
    config = h264.AvcConfig.parse(extradata)
    assert config.build() == extradata
    assert config.used_ids() == {0}
    src = VideoSource(media.plain)
    try:
        ours = _Encoder(src, "superfast", 17, 1, config.length_size).parameter_sets()
    finally:
        src.close()
    assert sorted(h264.nal_type(u) for u in ours) == [h264.NAL_SPS, h264.NAL_PPS]
    assert {h264.parameter_set_id(u) for u in ours} == {1}
    config.add(ours)
    rebuilt = h264.AvcConfig.parse(config.build())
    assert rebuilt.used_ids() == {0, 1}
    assert len(rebuilt.sps) == 2 and len(rebuilt.pps) == 2
    assert rebuilt.trailer == config.trailer
