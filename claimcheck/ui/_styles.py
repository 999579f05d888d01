"""Component styles as Rich styles, with the theme's translucent colours blended.

Textual's partial component styles drop the alpha of a colour, so `$primary 20%`
would come out as full `$primary`. `component_style` blends each colour over the
widget's own background, so the .tcss files can use the theme's colours with any
opacity, in the light and the dark theme alike. The result is cached per widget
until its styles change (a new theme), because rows are drawn often.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from rich.style import Style
from textual.color import Color
from textual.widget import Widget

_CACHE: WeakKeyDictionary[Widget, dict[str, Style]] = WeakKeyDictionary()


def forget_styles(widget: Widget) -> None:
    """Call from `notify_style_update`: the theme or the widget's styles changed."""
    _CACHE.pop(widget, None)


def component_style(widget: Widget, name: str) -> Style:
    """The style of component class `name` of `widget`: colours blended over the
    widget's background, only the properties the class sets."""
    cached = _CACHE.setdefault(widget, {})
    style = cached.get(name)
    if style is None:
        style = cached[name] = _compute(widget, name)
    return style


def _compute(widget: Widget, name: str) -> Style:
    styles = widget.get_component_styles(name)
    base = widget.rich_style
    under = Color.from_rich_color(base.bgcolor) if base.bgcolor else Color(0, 0, 0)
    background = None
    if styles.has_rule("background") and styles.background.a > 0:
        under = under + styles.background
        background = under.rich_color
    color = None
    if styles.has_rule("color") and styles.color.a > 0:
        wanted = styles.color
        if wanted.auto:  # "auto": black or white, whichever reads on the background
            wanted = under.get_contrast_text(wanted.a)
        color = (under + wanted).rich_color
    style = Style(color=color, bgcolor=background)
    if styles.has_rule("text_style"):
        style += styles.text_style
    return style
