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
    /// What the chart shows, for a screen reader (with the subtitle, the chart view's accessible description).
    void setDescription(const QString &text);
    /// Non-empty: shows the reason in place of the chart; empty: shows the chart.
    void setEmptyReason(const QString &reason);
    QString emptyReason() const { return m_emptyReason; }
    bool isShowingChart() const { return m_emptyReason.isEmpty(); }
    /// Background, labels, axes and grid in the colours of the current palette (light or dark).
    void restyle();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateDescription();

private:
    QLabel *m_subtitle;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QString m_emptyReason;
    QString m_description;
};

} // namespace keyturn
