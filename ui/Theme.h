#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

class QChart;
class QWidget;

namespace keyturn {

/// Keyturn follows the system's palette, light or dark: views draw with palette roles, and the few colours that carry
/// meaning (an error, a warning, a success) come from here in a shade readable on the current palette. When the
/// system switches between light and dark, the application palette changes; Theme re-tones the widgets it coloured
/// and tells the views that draw their own (charts, rendered HTML) through `changed`.
class Theme : public QObject
{
    Q_OBJECT

public:
    enum class Tone
    {
        None,
        Error,
        Warning,
        Success
    };

    static Theme *instance();

    /// True when the palette's window is dark (the system's dark mode, or a dark palette set by the user's theme).
    static bool isDark(const QPalette &palette);
    static bool isDark();
    /// The colour of a tone, readable as text on the palette's window and base (WCAG contrast 4.5:1 or more).
    static QColor color(Tone tone, const QPalette &palette);
    static QColor color(Tone tone);
    /// Colours the text of `widget` (a label, mostly) in `tone`, and keeps it readable when the palette changes.
    /// Tone::None restores the palette's own text colour.
    static void setTone(QWidget *widget, Tone tone);
    /// Chart background, labels, axes and grid in the colours of the palette; series keep their own colours.
    static void styleChart(QChart *chart, const QPalette &palette);

    /// The contrast ratio of two colours as WCAG 2 defines it (1 … 21).
    static double contrast(const QColor &a, const QColor &b);

Q_SIGNALS:
    /// The application palette changed (e.g. the system switched to dark mode).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Theme(QObject *parent);
    void retone();
};

} // namespace keyturn
