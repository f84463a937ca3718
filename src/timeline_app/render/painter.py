"""THE painting routine: a laid-out Frame into any QPainter (widget, QImage, SVG, PDF).

Compose it: ``paint_timeline`` fills exactly the QRectF it is given, so an
export can put a title above it and the legend below it. It only draws what
the layout returned: no model lookups, no date parsing. Colours, pens, fonts
and measured text come from the theme's ``Palette``; the marks themselves
from ``render.marks``.

Text is always drawn as plain strings, never as markup, elided with the
metrics of the font it is drawn in. A tick label is drawn whole or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from timeline_app.layout.frame import Cluster, Frame, Glyph, GlyphKind, Link, PeriodBand, Rect
from timeline_app.layout.ticks import Tick
from timeline_app.model.dates import Bound
from timeline_app.render.marks import (
    BAR_RADIUS_PX,
    MarkLook,
    paint_bar,
    paint_link,
    paint_point,
)
from timeline_app.render.palette import Palette, TextFont, palette_for
from timeline_app.render.style import Theme

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def paint_timeline(painter: QPainter, rect: QRectF, frame: Frame, theme: Theme, *,
                   selected_id: str | None = None, hovered_id: str | None = None,
                   for_export: bool = False, draft: bool = False) -> None:
    """Paint ``frame`` into ``rect`` of ``painter``.

    ``frame`` should have been laid out for ``rect``'s size. ``for_export``
    drops hover and selection styling. ``draft`` paints faster for frames that
    are replaced at once (while dragging): no antialiasing of marks, and labels
    clipped instead of elided. The painter's state is restored afterwards.
    """
    palette = palette_for(theme)
    colors = frame.category_colors
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not draft)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(rect, palette.background)
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        _paint_bands(painter, frame, palette)
        _paint_period_tints(painter, frame.periods, palette)
        _paint_grid(painter, frame, palette)
        alternate = [i % 2 == 1 and band.header is not None for i, band in enumerate(frame.bands)]
        backgrounds = [palette.band_brush.color() if on_alternate else palette.background
                       for on_alternate in alternate]
        _paint_clusters(painter, frame.clusters, palette, colors, alternate)
        _paint_links(painter, frame.links, frame.glyphs, palette, colors)
        if for_export:
            selected_id = hovered_id = None
        _paint_marks(painter, frame.glyphs, palette, colors, backgrounds)
        _paint_highlights(painter, frame.glyphs, palette, selected_id, hovered_id)
        _paint_labels(painter, frame.glyphs, palette, selected_id, draft)
        _paint_context(painter, frame, palette, selected_id, hovered_id, draft)
        _paint_period_row(painter, frame, palette)
        _paint_axis(painter, frame, palette)
    finally:
        painter.restore()


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _paint_bands(painter: QPainter, frame: Frame, palette: Palette) -> None:
    for i, band in enumerate(frame.bands):
        if band.header is None:
            continue
        if i % 2:
            painter.fillRect(_qrect(band.rect), palette.band_brush)
        painter.setFont(palette.font(TextFont.BOLD))
        painter.setPen(palette.foreground)
        header = _qrect(band.header).adjusted(6, 0, -6, 0)
        text = palette.elided((band.label, int(header.width()), TextFont.BOLD))
        painter.drawText(header, _LEFT, text)


_PERIOD_TINT_ALPHA = 28
_PERIOD_ROW_ALPHA = 90


def _period_color(period: PeriodBand, palette: Palette, alpha: int) -> QColor:
    color = QColor(period.color) if period.color else QColor(palette.muted)
    color.setAlpha(alpha // 2 if period.alternate else alpha)
    return color


def _paint_period_tints(painter: QPainter, periods: Sequence[PeriodBand],
                        palette: Palette) -> None:
    """Each period as a faint tint behind the events, across its whole span."""
    for period in periods:
        painter.fillRect(_qrect(period.rect), _period_color(period, palette, _PERIOD_TINT_ALPHA))


def _paint_period_row(painter: QPainter, frame: Frame, palette: Palette) -> None:
    """The row under the axis with each period's title, drawn over scrolled content;
    an edge line at each start keeps neighbouring periods apart."""
    if not frame.periods:
        return
    row = frame.periods[0].label
    painter.fillRect(QRectF(0, row.y, frame.width, row.height), palette.background)
    painter.setFont(palette.font(TextFont.SMALL))
    for period in frame.periods:
        box = _qrect(period.label)
        painter.fillRect(box, _period_color(period, palette, _PERIOD_ROW_ALPHA))
        painter.setPen(palette.axis_pen)
        painter.drawLine(box.topLeft(), box.bottomLeft())
        text = palette.elided((period.title, int(box.width()) - 8, TextFont.SMALL))
        if text:
            painter.setPen(palette.foreground)
            painter.drawText(box.adjusted(4, 0, -4, 0), _LEFT, text)


def _paint_context(painter: QPainter, frame: Frame, palette: Palette, selected_id: str | None,
                   hovered_id: str | None, draft: bool) -> None:
    """The band of marks wider than the view, over scrolled content: each a light bar
    of its category across the view with its label inside, held at the visible edge."""
    band = frame.context_band
    if band is None:
        return
    painter.fillRect(_qrect(band), palette.background)
    colors = frame.category_colors
    for glyph in frame.context:
        tint = palette.cluster_fill(glyph.colour_key, colors, False)
        paint_bar(painter, _qrect(glyph.rect), tint, palette.background, mark_look(glyph))
    _paint_highlights(painter, frame.context, palette, selected_id, hovered_id)
    _paint_labels(painter, frame.context, palette, selected_id, draft)
    overflow = frame.context_overflow
    if overflow is not None:
        box = _qrect(overflow.rect).adjusted(4, 0, -4, 0)
        painter.setFont(palette.font(TextFont.SMALL))
        painter.setPen(palette.muted)
        text = QCoreApplication.translate(
            "TimelinePainter", "+{count} more spanning the whole view").format(
                count=f"{overflow.count:,}")
        painter.drawText(box, _LEFT, palette.elided((text, int(box.width()), TextFont.SMALL)))
    painter.setPen(palette.axis_pen)
    painter.drawLine(QPointF(0, band.bottom), QPointF(band.width, band.bottom))


def _paint_grid(painter: QPainter, frame: Frame, palette: Palette) -> None:
    top, bottom = frame.axis.bottom, frame.height
    for tick in frame.ticks.minor:
        painter.setPen(palette.year_pen if tick.is_year else palette.grid_pen)
        painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom))
    for tick in frame.ticks.major:
        if tick.x > 0:
            painter.setPen(palette.year_pen)
            painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, bottom))


def _paint_axis(painter: QPainter, frame: Frame, palette: Palette) -> None:
    axis = _qrect(frame.axis)
    painter.fillRect(axis, palette.background)
    row = axis.height() / 2 - 2
    painter.setPen(palette.axis_pen)
    painter.drawLine(QPointF(0, axis.bottom()), QPointF(axis.width(), axis.bottom()))
    minor_y = axis.top() + (row + 4 if frame.ticks.major else row / 2 + 2)
    painter.setFont(palette.font(TextFont.LABEL))
    painter.setPen(palette.muted)
    for tick in frame.ticks.minor:
        painter.drawLine(QPointF(tick.x, axis.bottom() - 5), QPointF(tick.x, axis.bottom()))
    _paint_tick_labels(painter, frame.ticks.minor, palette, TextFont.LABEL, minor_y, row,
                       axis.width())
    painter.setFont(palette.font(TextFont.BOLD))
    painter.setPen(palette.foreground)
    _paint_tick_labels(painter, frame.ticks.major, palette, TextFont.BOLD, axis.top() + 2, row,
                       axis.width())


def _paint_tick_labels(painter: QPainter, ticks: Sequence[Tick], palette: Palette,
                       font: TextFont, top: float, height: float, width: float) -> None:
    """Each label right of its tick, whole or not at all: a label cut by the frame's
    edge ("2", "20") reads as a different year."""
    for tick in ticks:
        x, text_width = tick.x + 3, palette.text_width((tick.label, font))
        if x >= 0 and x + text_width <= width:
            painter.drawText(QRectF(x, top, text_width + 1, height), _LEFT, tick.label)


def _paint_clusters(painter: QPainter, clusters: Sequence[Cluster], palette: Palette,
                    colors: Mapping[str, str], alternate: Sequence[bool]) -> None:
    """Stacked category segments, then every outline, then every count: a busy
    frame has hundreds of clusters, so pens and fonts are set once per pass.

    The segments are snapped to whole pixels: a fractional rect goes through
    the antialiasing rasterizer, which is far slower for a frame full of them.
    """
    for cluster in clusters:
        box = cluster.rect
        left, right = round(box.x), round(box.right)
        done = 0
        for category, count in cluster.category_mix:
            y0 = round(box.y + box.height * done / cluster.count)
            done += count
            y1 = round(box.y + box.height * done / cluster.count)
            if y1 > y0:
                painter.fillRect(QRect(left, y0, right - left, y1 - y0),
                                 palette.cluster_fill(category, colors, alternate[cluster.band]))
    painter.setPen(palette.cluster_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRects([_qrect(cluster.rect) for cluster in clusters])
    painter.setFont(palette.font(TextFont.SMALL))
    painter.setPen(palette.foreground)
    for cluster in clusters:
        box = cluster.rect
        text, width = palette.count_label(cluster.count, box.width - 4)
        if width + 4 <= box.width and box.height >= 10:
            static = palette.static_text((text, TextFont.SMALL))
            size = static.size()
            painter.drawStaticText(QPointF(box.x + (box.width - size.width()) / 2,
                                           box.y + (box.height - size.height()) / 2), static)


def _paint_links(painter: QPainter, links: Sequence[Link], glyphs: Sequence[Glyph],
                 palette: Palette, colors: Mapping[str, str]) -> None:
    """The lines between the marks of one event, under the marks."""
    if not links:
        return
    category = {g.event_id: g.colour_key for g in glyphs}
    for link in links:
        paint_link(painter, QPointF(link.x0, link.y0), QPointF(link.x1, link.y1),
                   palette.category(category.get(link.event_id, ""), colors),
                   dashed=link.dashed)


def mark_look(glyph: Glyph) -> MarkLook:
    return MarkLook(glyph.approximate, glyph.uncertain, glyph.open_start, glyph.open_end,
                    glyph.start_bound is Bound.UNKNOWN, glyph.end_bound is Bound.UNKNOWN,
                    glyph.unspecified, glyph.alternative)


def _paint_marks(painter: QPainter, glyphs: Sequence[Glyph], palette: Palette,
                 colors: Mapping[str, str], backgrounds: Sequence[QColor]) -> None:
    """Plain marks (most of a frame) by category with the pen and brush set once per
    category, as ``paint_point`` and ``paint_bar`` draw them; the others one by one.
    Marks never overlap (lanes keep them apart), so the order does not show."""
    plain: dict[str, list[Glyph]] = {}
    for glyph in glyphs:
        if glyph.plain:
            plain.setdefault(glyph.colour_key, []).append(glyph)
            continue
        color, rect = palette.category(glyph.colour_key, colors), _qrect(glyph.rect)
        paint = paint_point if glyph.kind is GlyphKind.POINT else paint_bar
        paint(painter, rect, color, backgrounds[glyph.band], mark_look(glyph))
    painter.setPen(Qt.PenStyle.NoPen)
    point = GlyphKind.POINT
    for category, members in plain.items():
        painter.setBrush(palette.category(category, colors))
        for glyph in members:
            box = glyph.rect
            if glyph.kind is point:
                radius = box.width / 2
                painter.drawEllipse(QPointF(box.x + radius, box.y + box.height / 2),
                                    radius, radius)
            else:
                painter.drawRoundedRect(QRectF(box.x, box.y, box.width, box.height),
                                        BAR_RADIUS_PX, BAR_RADIUS_PX)


def _paint_highlights(painter: QPainter, glyphs: Sequence[Glyph], palette: Palette,
                      selected_id: str | None, hovered_id: str | None) -> None:
    """The selected and hovered events' outlines, over every mark."""
    if selected_id is None and hovered_id is None:
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for glyph in glyphs:
        if glyph.event_id in (selected_id, hovered_id):
            painter.setPen(palette.selection_pen if glyph.event_id == selected_id
                           else palette.hover_pen)
            painter.drawRoundedRect(_qrect(glyph.rect).adjusted(-3, -3, 3, 3), 3, 3)


def _paint_labels(painter: QPainter, glyphs: Sequence[Glyph], palette: Palette,
                  selected_id: str | None, draft: bool) -> None:
    """Every label after every mark (the layout never lets a label cross a mark),
    so the font and pen are set once; the selected event's label is bold."""
    painter.setPen(palette.foreground)
    painter.setFont(palette.font(TextFont.LABEL))
    for glyph in glyphs:
        if glyph.label is not None and glyph.event_id != selected_id:
            _paint_label(painter, glyph, glyph.label, palette, TextFont.LABEL, draft)
    painter.setFont(palette.font(TextFont.BOLD))
    for glyph in glyphs:
        if glyph.label is not None and glyph.event_id == selected_id:
            _paint_label(painter, glyph, glyph.label, palette, TextFont.BOLD, draft)


def _paint_label(painter: QPainter, glyph: Glyph, box: Rect, palette: Palette, font: TextFont,
                 draft: bool) -> None:
    # A label the layout shifted left of its mark (near the right edge) ends at its bound,
    # but never starts right of the mark when its text is shorter than the layout guessed.
    right_aligned = box.x < glyph.rect.x
    if draft:  # clipped to its rect instead of elided
        align = Qt.AlignmentFlag.AlignRight if right_aligned else Qt.AlignmentFlag.AlignLeft
        painter.drawText(_qrect(box), align | Qt.AlignmentFlag.AlignVCenter, glyph.title)
        return
    static = palette.static_text((palette.elided((glyph.title, int(box.width), font)), font))
    size = static.size()
    x = max(box.x, min(box.right - size.width(), glyph.rect.x)) if right_aligned else box.x
    painter.drawStaticText(QPointF(x, box.y + (box.height - size.height()) / 2), static)
