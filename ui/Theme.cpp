#include "Theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace keyturn {

namespace {
constexpr char kToneProperty[] = "keyturnTone";

double luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

Theme::Theme(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

Theme *Theme::instance()
{
    static QPointer<Theme> theme;
    if (!theme)
        theme = new Theme(qApp);
    return theme;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

bool Theme::isDark()
{
    return isDark(QApplication::palette());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::color(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor c;
    switch (tone) {
    case Tone::None: return palette.color(QPalette::WindowText);
    case Tone::Error: c = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e); break;
    case Tone::Warning: c = dark ? QColor(0xff, 0xc1, 0x6b) : QColor(0x8a, 0x4b, 0x00); break;
    case Tone::Success: c = dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x2a); break;
    }
    // An unusual palette (a mid-grey window, a high-contrast theme): move towards the text colour until readable.
    const QColor text = palette.color(QPalette::WindowText);
    for (int step = 1; step <= 10 && std::min(contrast(c, palette.color(QPalette::Window)),
                                              contrast(c, palette.color(QPalette::Base))) < 4.5;
         ++step)
        c = mix(c, text, 0.2);
    return c;
}

QColor Theme::color(Tone tone)
{
    return color(tone, QApplication::palette());
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    instance(); // re-tones on palette changes from now on
    widget->setProperty(kToneProperty, int(tone));
    if (tone == Tone::None) {
        widget->setPalette(QPalette()); // inherit every role again
        return;
    }
    QPalette palette = widget->palette();
    const QColor c = color(tone, QApplication::palette());
    palette.setColor(QPalette::WindowText, c);
    palette.setColor(QPalette::Text, c);
    widget->setPalette(palette);
}

void Theme::styleChart(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = mix(base, text, isDark(palette) ? 0.22 : 0.12);
    const QColor line = mix(base, text, 0.45);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
        retone();
        Q_EMIT changed();
    }
    return QObject::eventFilter(watched, event);
}

void Theme::retone()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        const QVariant tone = widget->property(kToneProperty);
        if (tone.isValid())
            setTone(widget, Tone(tone.toInt()));
    }
}

} // namespace keyturn
