#pragma once

#include "core/domain/KeyStatus.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChartView;
class QGridLayout;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QValueAxis;
class QDateTimeAxis;
class QXYSeries;

namespace keyturn {

class ChartCard;
class ChartTableModel;
class InventoryModel;
class KeyAgeChartModel;
class LastUseChartModel;
class MigrationBurnDownModel;
class UnauthorizedChartModel;
class UpcomingRotationsChartModel;
class Workspace;

/// The start page: a compact row of status tiles (each a way into the inventory filtered by it) over a grid of
/// charts: key age against policy, days since last use, upcoming rotations, the open campaign's migration burn-down
/// and 401s during running rotations. The charts read the core's chart models through the QtCharts model mappers;
/// hovering a point or bar names it, clicking one opens its key (credentialActivated).
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum Chart
    {
        KeyAge,
        LastUse,
        Upcoming,
        BurnDown,
        Unauthorized,
        ChartCount
    };
    Q_ENUM(Chart)

    /// Every chart, over the workspace's inventory model, campaigns and runs.
    explicit DashboardView(Workspace &workspace, QWidget *parent = nullptr);
    /// Kept until MainWindow passes the workspace: when `model` is a workspace's own inventory model (its parent),
    /// every chart is shown; otherwise the inventory charts only, and the campaign and 401 charts say they need it.
    explicit DashboardView(InventoryModel *model, QWidget *parent = nullptr);

    int countFor(KeyStatus status) const { return m_counts.value(status); }
    /// Places an alerts panel on the dashboard, beside the 401 chart (the dashboard takes ownership).
    void setAlertsWidget(QWidget *alerts);
    QWidget *alertsWidget() const { return m_alerts; }

    ChartCard *card(Chart chart) const { return m_cards.at(chart); }
    QChartView *chartView(Chart chart) const;
    /// The models behind a chart (the key age chart has one per band).
    QList<ChartTableModel *> models(Chart chart) const;

public Q_SLOTS:
    /// Reads the campaign and run charts again (the inventory charts follow the inventory model by themselves).
    void reload();

Q_SIGNALS:
    void statusActivated(keyturn::KeyStatus status);
    void credentialActivated(qint64 credentialId);

private:
    DashboardView(InventoryModel *model, Workspace *workspace, QWidget *parent);
    void recount();
    void buildKeyAgeChart();
    void buildLastUseChart();
    void buildUpcomingChart();
    void buildBurnDownChart();
    void buildUnauthorizedChart();
    void updateKeyAgeChart();
    void updateLastUseChart();
    void updateUpcomingChart();
    void updateBurnDownChart();
    void updateUnauthorizedChart();
    /// Hover and click on a mapper-bound XY series: point i is the model's row i.
    void bindPoints(QXYSeries *series, ChartTableModel *model, bool clickable);
    /// Hover and click on a mapper-bound bar series whose sets are the model's columns from firstColumn on.
    void bindBars(QAbstractBarSeries *series, ChartTableModel *model, int firstColumn, const QList<QColor> &colors);
    void showTip(const QString &text);

    InventoryModel *m_model;
    Workspace *m_workspace = nullptr;
    QHash<KeyStatus, int> m_counts;
    QHash<KeyStatus, QPushButton *> m_tiles;
    QLabel *m_summary;
    QGridLayout *m_grid;
    QList<ChartCard *> m_cards;
    QWidget *m_alerts = nullptr;

    QList<KeyAgeChartModel *> m_ageModels;
    QList<QScatterSeries *> m_ageSeries;
    QLineSeries *m_warningLine = nullptr;
    QLineSeries *m_criticalLine = nullptr;
    QValueAxis *m_ageX = nullptr;
    QValueAxis *m_ageY = nullptr;

    LastUseChartModel *m_lastUseModel = nullptr;
    QBarCategoryAxis *m_lastUseX = nullptr;
    QValueAxis *m_lastUseY = nullptr;
    QLineSeries *m_staleLine = nullptr;
    QLineSeries *m_potentiallyStaleLine = nullptr;

    UpcomingRotationsChartModel *m_upcomingModel = nullptr;
    QBarCategoryAxis *m_upcomingX = nullptr;
    QValueAxis *m_upcomingY = nullptr;

    MigrationBurnDownModel *m_burnDownModel = nullptr;
    QDateTimeAxis *m_burnDownX = nullptr;
    QValueAxis *m_burnDownY = nullptr;
    QLineSeries *m_totalLine = nullptr;
    QLineSeries *m_deadlineLine = nullptr;
    QLineSeries *m_todayLine = nullptr;

    UnauthorizedChartModel *m_unauthorizedModel = nullptr;
    QBarCategoryAxis *m_unauthorizedY = nullptr;
    QValueAxis *m_unauthorizedX = nullptr;
};

} // namespace keyturn
