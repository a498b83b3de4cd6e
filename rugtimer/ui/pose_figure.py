"""The moving exercise figure of the session: a stick figure drawn with QPainter from a pose.

It looks like the still drawings (the same 240 × 160 view box, lines 4 units wide with round caps, the ball
and the furniture) so a person recognises the card's drawing, now moving. The pose itself comes from the
Qt-free ``program/poses.py``; this widget only draws it, and asks Qt to repaint only when the pose moved by
at least a quarter of a screen pixel, so a HOLD or a rest costs no painting at all.

Without an animation (an exercise without a pose file) it is the plain still drawing of its base class.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from rugtimer.program.poses import BALL_JOINT, VIEW_HEIGHT, VIEW_WIDTH, Animation, Pose
from rugtimer.ui.illustration import (
    DEFAULT_SIZE,
    SVG_ACCENT,
    SVG_STROKE,
    IllustrationWidget,
    fitted_rect,
    stroke_for_palette,
)

STROKE_WIDTH = 4.0
"""In view-box units, like the SVGs' stroke-width: 4/240 of the drawing's width."""
FAR_ALPHA = 0.45
"""The limbs on the far side are drawn fainter, so a bird-dog shows which arm or leg is stretched."""
FLOOR_Y, MAT_TOP = 146.0, 138.0
QUANTUM = 4  # change detection in quarter pixels


def system_prefers_reduced_motion() -> bool:
    """The desktop's "reduce motion" wish, where Qt exposes it: ``QAccessibilityHints.motionPreference``
    from Qt 6.12 on. Qt 6.11 has no such hint (only the contrast preference), so there it is False and the
    app's own setting decides."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    hints = app.styleHints()  # keep the owner alive while its accessibility hints are read
    accessibility = hints.accessibility()
    preference = getattr(accessibility, "motionPreference", None)
    if preference is None:
        return False
    value = preference()
    return "reduce" in getattr(value, "name", str(value)).lower()


def paint_pose(
    painter: QPainter, target: QRectF, animation: Animation, pose: Pose, *, stroke: QColor, accent: QColor
) -> None:
    """Draw ``pose`` (with the animation's props) into ``target``, a rectangle of the view box's aspect."""
    scale = target.width() / VIEW_WIDTH
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(target.topLeft())
    painter.scale(scale, target.height() / VIEW_HEIGHT)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(
        stroke, STROKE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    _paint_props(painter, animation, pose, accent)
    figure = animation.figure
    faint = QColor(stroke)
    faint.setAlphaF(stroke.alphaF() * FAR_ALPHA)
    painter.setPen(
        QPen(faint, STROKE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    for line in figure.far_lines:
        painter.drawPolyline([QPointF(*pose[joint]) for joint in line])
    painter.setPen(pen)
    for line in figure.lines:
        painter.drawPolyline([QPointF(*pose[joint]) for joint in line])
    head, neck = QPointF(*pose[figure.head]), QPointF(*pose[figure.neck])
    painter.drawEllipse(head, figure.head_radius, figure.head_radius)
    towards = neck - head
    length = (towards.x() ** 2 + towards.y() ** 2) ** 0.5
    if length > figure.head_radius:
        painter.drawLine(head + towards * (figure.head_radius / length), neck)
    painter.restore()


def _paint_props(painter: QPainter, animation: Animation, pose: Pose, accent: QColor) -> None:
    props = animation.props
    painter.drawLine(QPointF(8, FLOOR_Y), QPointF(232, FLOOR_Y))
    if props.mat:
        mat = QPainterPath(QPointF(20, FLOOR_Y))
        mat.lineTo(20, 141)
        mat.quadTo(20, MAT_TOP, 23, MAT_TOP)
        mat.lineTo(217, MAT_TOP)
        mat.quadTo(220, MAT_TOP, 220, 141)
        mat.lineTo(220, FLOOR_Y)
        painter.drawPath(mat)
    if props.wall_x is not None:
        painter.drawLine(QPointF(props.wall_x, 8), QPointF(props.wall_x, FLOOR_Y))
    for furniture in (props.chair, props.table):
        if furniture is not None:
            x1, x2, y, leg1, leg2 = furniture
            painter.drawLine(QPointF(x1, y), QPointF(x2, y))
            painter.drawLine(QPointF(leg1, y), QPointF(leg1, FLOOR_Y))
            painter.drawLine(QPointF(leg2, y), QPointF(leg2, FLOOR_Y))
    if props.step is not None:
        x1, x2, top = props.step
        base = MAT_TOP if props.mat else FLOOR_Y
        painter.drawPolyline([QPointF(x1, base), QPointF(x1, top), QPointF(x2, top), QPointF(x2, base)])
    if props.ball_radius:
        _paint_ball(painter, QPointF(*pose[BALL_JOINT]), props.ball_radius, accent)


def _paint_ball(painter: QPainter, centre: QPointF, radius: float, accent: QColor) -> None:
    """The ball of the drawings: a circle and a curved seam, in the accent colour."""
    pen = QPen(painter.pen())
    painter.setPen(QPen(accent, STROKE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawEllipse(centre, radius, radius)
    seam = QPainterPath(centre + QPointF(-0.921 * radius, -0.379 * radius))
    seam.quadTo(centre + QPointF(0, 0.25 * radius), centre + QPointF(0.921 * radius, -0.379 * radius))
    painter.setPen(QPen(accent, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(seam)
    painter.setPen(pen)


class MovingFigure(IllustrationWidget):
    """The session's drawing: the still SVG until an animation is set, then the figure in ``set_pose``'s
    pose. Repaints only when the pose moved on screen; ``paints`` counts the paint events (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, None, parent)
        self._animation: Animation | None = None
        self._pose: Pose | None = None
        self._drawn_key: tuple | None = None
        self.paints = 0
        # It paints its own background (the phase colour), so Qt need not paint the session screen under
        # each of its ~13 repaints a second first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_animation(self, animation: Animation | None, pose: Pose | None = None) -> None:
        """Draw ``animation``'s figure (None: the still SVG), in ``pose`` or its still pose."""
        self._animation = animation
        self._pose = pose if pose is not None or animation is None else animation.still_pose()
        self._drawn_key = None
        self.update()

    def animation(self) -> Animation | None:
        return self._animation

    def pose(self) -> Pose | None:
        return self._pose

    def set_pose(self, pose: Pose) -> bool:
        """Show ``pose``; True when that moved something on screen (and a repaint was asked for)."""
        before = self._pose
        self._pose = pose
        key = self._screen_key()
        if key == self._drawn_key:
            return False
        self._drawn_key = key
        if before is None or before.keys() != pose.keys():
            self.update()
        else:  # only where the figure was and is now: a bridge's lift is a small part of the drawing
            self.update(self._pose_rect(before).united(self._pose_rect(pose)))
        return True

    def colours(self) -> tuple[QColor, QColor]:
        """(figure, accent): as set by ``set_colours``, else the drawings' own (the text colour when dark)."""
        stroke = self._stroke_colour or stroke_for_palette(self.palette()) or SVG_STROKE
        return QColor(stroke), QColor(self._accent_colour or SVG_ACCENT)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        if self._animation is None or self._pose is None:
            painter.end()
            super().paintEvent(event)
            return
        stroke, accent = self.colours()
        paint_pose(painter, self._target(), self._animation, self._pose, stroke=stroke, accent=accent)
        painter.end()

    def resizeEvent(self, event) -> None:
        self._drawn_key = None
        super().resizeEvent(event)

    def _target(self) -> QRectF:
        return fitted_rect(DEFAULT_SIZE, QRectF(self.contentsRect()))

    def _pose_rect(self, pose: Pose) -> QRect:
        """The widget pixels the figure (with its ball) covers in ``pose``, strokes and antialiasing included."""
        target = self._target()
        scale = target.width() / VIEW_WIDTH
        reach = max(self._animation.figure.head_radius if self._animation else 0.0, 0.0) + STROKE_WIDTH
        ball = self._animation.props.ball_radius if self._animation else None
        if ball and BALL_JOINT in pose:
            reach = max(reach, ball + STROKE_WIDTH)
        xs = [x for x, _ in pose.values()]
        ys = [y for _, y in pose.values()]
        box = QRectF(
            min(xs) - reach, min(ys) - reach, max(xs) - min(xs) + 2 * reach, max(ys) - min(ys) + 2 * reach
        )
        return (
            QRectF(
                target.x() + box.x() * scale,
                target.y() + box.y() * scale,
                box.width() * scale,
                box.height() * scale,
            )
            .toAlignedRect()
            .adjusted(-2, -2, 2, 2)
        )

    def _screen_key(self) -> tuple:
        """The pose in quarter device pixels: equal keys look the same on screen."""
        if self._pose is None:
            return ()
        factor = self._target().width() / VIEW_WIDTH * self.devicePixelRatioF() * QUANTUM
        return tuple((round(x * factor), round(y * factor)) for x, y in self._pose.values())
