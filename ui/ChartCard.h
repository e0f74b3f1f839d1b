#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace keyturn {

/// One dashboard chart in a card: a title, a line that explains or qualifies the chart, and the chart itself, or
/// instead of it a sentence saying why there is nothing to show ("No open campaign").
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    QChart *chart() const;
    void setSubtitle(const QString &text);
    QString subtitle() const;
    /// Non-empty: shows the reason in place of the chart; empty: shows the chart.
    void setEmptyReason(const QString &reason);
    QString emptyReason() const { return m_emptyReason; }
    bool isShowingChart() const { return m_emptyReason.isEmpty(); }

private:
    QLabel *m_subtitle;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QString m_emptyReason;
};

} // namespace keyturn
