#include "ChartCard.h"

#include "Shortcuts.h"
#include "Theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace keyturn {

ChartCard::ChartCard(const QString &title, QWidget *parent) : QFrame(parent)
{
    // a property, not the object name, selects the card's style: views name their cards for tests
    setProperty("chartCard", true);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("QFrame[chartCard=\"true\"] { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(2);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("chartTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("chartSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->hide();
    layout->addWidget(m_subtitle);

    m_stack = new QStackedWidget(this);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // thousands of points: no animation, no OpenGL needed
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 4, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    m_view = new QChartView(chart, m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(200);
    m_view->setMouseTracking(true);
    // a chart is a picture to a screen reader: its name is the card's title, its description says what it shows
    m_view->setAccessibleName(title);
    showFocusFrame(m_view);
    m_stack->addWidget(m_view);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(Theme::instance(), &Theme::changed, this, &ChartCard::restyle);
    restyle();
}

void ChartCard::restyle()
{
    // the application's palette: the card's own is fixed by its style sheet
    Theme::styleChart(m_view->chart(), QApplication::palette());
}

void ChartCard::changeEvent(QEvent *event)
{
    // the system switching between light and dark re-colours the chart; series keep their colours
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QFrame::changeEvent(event);
}

void ChartCard::showEvent(QShowEvent *event)
{
    restyle(); // the axes are added after the card is made
    QFrame::showEvent(event);
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
    updateDescription();
}

void ChartCard::setDescription(const QString &text)
{
    m_description = text;
    updateDescription();
}

void ChartCard::updateDescription()
{
    QStringList parts{m_description, m_subtitle->text()};
    parts.removeAll(QString());
    m_view->setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

QString ChartCard::subtitle() const
{
    return m_subtitle->text();
}

void ChartCard::setEmptyReason(const QString &reason)
{
    m_emptyReason = reason;
    m_empty->setText(reason);
    m_stack->setCurrentWidget(reason.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

} // namespace keyturn
