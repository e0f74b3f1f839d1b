#include "DashboardView.h"

#include "ChartCard.h"
#include "StatusBadgeDelegate.h"
#include "core/Workspace.h"
#include "core/domain/Clock.h"
#include "core/models/ChartModels.h"
#include "core/models/InventoryModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace keyturn {

namespace {
QColor neverUsedColor()
{
    return QColor(0xb0, 0xb7, 0xc0);
}
QColor heldColor()
{
    return statusColor(KeyStatus::Rotating);
}
QColor issuedColor()
{
    return QColor(0x00, 0x89, 0x7b);
}

QPen thresholdPen(const QColor &color)
{
    QPen pen(color, 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    return pen;
}

/// A round upper bound for an axis of counts: at least `minimum`, 1, 2 or 5 times a power of ten.
double niceCeiling(double value, double minimum)
{
    value = std::max(value, minimum);
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude * 1.000001)
            return step * magnitude;
    }
    return 10 * magnitude;
}

/// A count axis from 0 to a round maximum above `value`, with ticks on whole steps (0 2 4 … 10, 0 5 … 20).
double setCountRange(QValueAxis *axis, double value, double minimum = 4)
{
    const double max = niceCeiling(value * 1.08, minimum);
    const double lead = max / std::pow(10.0, std::floor(std::log10(max)));
    axis->setRange(0, max);
    axis->setTickCount(lead < 1.5 || lead > 4 ? 6 : 5);
    return max;
}

/// Category labels are short; crowded ones turn rather than being cut to "…".
void styleCategories(QBarCategoryAxis *axis, int angle)
{
    axis->setTruncateLabels(false);
    axis->setLabelsAngle(angle);
}

void styleAxis(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    QFont title = axis->titleFont();
    title.setPointSizeF(font.pointSizeF());
    title.setBold(false);
    axis->setTitleFont(title);
}

/// Hides the legend entries of decoration series (threshold lines) that explain themselves through their names.
void setLegendVisible(QChart *chart, QAbstractSeries *series, bool visible)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(visible);
}
} // namespace

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : DashboardView(workspace.inventoryModel(), &workspace, parent)
{}

// Until every caller passes the workspace: the workspace's own inventory model leads to it.
DashboardView::DashboardView(InventoryModel *model, QWidget *parent)
    : DashboardView(model, qobject_cast<Workspace *>(model->parent()), parent)
{}

DashboardView::DashboardView(InventoryModel *model, Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_model(model), m_workspace(workspace)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    // no tab stop of its own: tabbing to a tile or chart scrolls it into view
    scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Key health"), content);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    header->addWidget(title);
    header->addSpacing(16);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_summary, 1, Qt::AlignBottom);
    layout->addLayout(header);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (KeyStatus s : allKeyStatuses()) {
        auto *tile = new QPushButton(content);
        tile->setObjectName(QStringLiteral("tile_") + toString(s));
        tile->setMinimumSize(110, 50);
        tile->setCursor(Qt::PointingHandCursor);
        tile->setToolTip(tr("Show the keys that are %1 in the inventory").arg(statusLabel(s).toLower()));
        const QColor c = statusColor(s);
        tile->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 4px 10px; border-radius: 6px;"
                                           " border: 1px solid %1; border-left: 6px solid %1; font-size: 10.5pt; }"
                                           "QPushButton:hover { background: rgba(%2, %3, %4, 40); }"
                                           // the keyboard focus shows as a thicker frame in the status's colour
                                           "QPushButton:focus { border-width: 3px; border-left-width: 6px;"
                                           " background: rgba(%2, %3, %4, 25); }")
                                .arg(c.name())
                                .arg(c.red())
                                .arg(c.green())
                                .arg(c.blue()));
        connect(tile, &QPushButton::clicked, this, [this, s] { Q_EMIT statusActivated(s); });
        m_tiles.insert(s, tile);
        tiles->addWidget(tile, 1);
    }
    layout->addLayout(tiles);

    m_grid = new QGridLayout;
    m_grid->setSpacing(10);
    const QStringList titles{tr("Key age against policy"), tr("Days since last use"), tr("Upcoming rotations per week"),
                             tr("Migration burn-down"), tr("401 responses during running rotations")};
    for (int i = 0; i < ChartCount; ++i) {
        auto *card = new ChartCard(titles.at(i), content);
        card->setObjectName(QStringLiteral("chartCard_%1").arg(i));
        card->setMinimumSize(320, 280);
        m_cards << card;
    }
    m_cards[KeyAge]->setDescription(tr("Scatter chart: one point per key with a current version, its age in days "
                                       "across, its age divided by its rotation interval up; points above the 1× "
                                       "line are overdue, above 1.5× critical. The inventory's Status column lists "
                                       "the same keys."));
    m_cards[LastUse]->setDescription(tr("Stacked bar chart: keys by days since their last use, split into in use, "
                                        "stale, potentially stale and never used."));
    m_cards[Upcoming]->setDescription(tr("Stacked bar chart: the keys due for rotation in each of the coming weeks, "
                                         "split into overdue, held and issued keys."));
    m_cards[BurnDown]->setDescription(tr("Line chart: for the open campaign, the consumers notified and migrated "
                                         "over time against all its consumers, with the deadline and now marked."));
    m_cards[Unauthorized]->setDescription(tr("Horizontal bar chart: per running rotation, the 401 responses the "
                                             "provider reported for the old key and for the new key."));
    m_grid->addWidget(m_cards[KeyAge], 0, 0);
    m_grid->addWidget(m_cards[LastUse], 0, 1);
    m_grid->addWidget(m_cards[Upcoming], 0, 2);
    m_grid->addWidget(m_cards[BurnDown], 1, 0);
    m_grid->addWidget(m_cards[Unauthorized], 1, 1, 1, 2);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, 1);
    m_grid->setRowStretch(0, 1);
    m_grid->setRowStretch(1, 1);
    layout->addLayout(m_grid, 1);

    buildKeyAgeChart();
    buildLastUseChart();
    buildUpcomingChart();
    buildBurnDownChart();
    buildUnauthorizedChart();

    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardView::recount);
    connect(m_model, &InventoryModel::loadingChanged, this, &DashboardView::recount);
    // runs and campaigns change with the inventory: the main window reloads it after every run step and sync
    connect(m_model, &InventoryModel::reloaded, this, &DashboardView::reload);
    recount();
}

QChartView *DashboardView::chartView(Chart chart) const
{
    return m_cards.at(chart)->chartView();
}

QList<ChartTableModel *> DashboardView::models(Chart chart) const
{
    switch (chart) {
    case KeyAge: return {m_ageModels.begin(), m_ageModels.end()};
    case LastUse: return {m_lastUseModel};
    case Upcoming: return {m_upcomingModel};
    case BurnDown: return m_burnDownModel ? QList<ChartTableModel *>{m_burnDownModel} : QList<ChartTableModel *>{};
    case Unauthorized:
        return m_unauthorizedModel ? QList<ChartTableModel *>{m_unauthorizedModel} : QList<ChartTableModel *>{};
    case ChartCount: break;
    }
    return {};
}

void DashboardView::setAlertsWidget(QWidget *alerts)
{
    if (m_alerts == alerts)
        return;
    delete m_alerts;
    m_alerts = alerts;
    m_grid->removeWidget(m_cards[Unauthorized]);
    if (!alerts) {
        m_grid->addWidget(m_cards[Unauthorized], 1, 1, 1, 2);
        return;
    }
    m_grid->addWidget(m_cards[Unauthorized], 1, 1);
    alerts->setParent(m_cards[Unauthorized]->parentWidget());
    alerts->setMinimumSize(320, 280);
    m_grid->addWidget(alerts, 1, 2);
    alerts->show();
}

void DashboardView::reload()
{
    if (m_burnDownModel)
        m_burnDownModel->reload();
    if (m_unauthorizedModel)
        m_unauthorizedModel->reload();
}

void DashboardView::recount()
{
    m_counts.clear();
    int held = 0;
    int issued = 0;
    QSet<QString> providers;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto &row = m_model->rowAt(r);
        ++m_counts[row.status.status];
        (row.data.credential.kind == CredentialKind::Held ? held : issued)++;
        providers.insert(row.data.credential.provider);
    }
    const bool reading = m_model->isLoading() && m_model->rowCount() == 0;
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        const QString count = reading ? QStringLiteral("…") : QString::number(m_counts.value(it.key()));
        it.value()->setText(QStringLiteral("%1\n%2").arg(count, statusLabel(it.key())));
        it.value()->setAccessibleName(reading ? statusLabel(it.key())
                                              : tr("%1: %2 keys").arg(statusLabel(it.key()), count));
    }
    m_summary->setText(
        reading
            ? tr("Reading the inventory…")
            : tr("%1 held keys and %2 issued keys across %3 providers").arg(held).arg(issued).arg(providers.size()));
}

void DashboardView::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void DashboardView::bindPoints(QXYSeries *series, ChartTableModel *model, bool clickable)
{
    // The mapper fills point i from row i; the exact point is looked up, the nearest one if the series rounded it.
    auto rowOf = [series](const QPointF &point) {
        const QList<QPointF> points = series->points();
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < points.size(); ++i) {
            const double d = std::abs(points[i].x() - point.x()) + std::abs(points[i].y() - point.y());
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    };
    connect(series, &QXYSeries::hovered, this, [this, model, rowOf](const QPointF &point, bool state) {
        const int row = state ? rowOf(point) : -1;
        showTip(row >= 0 && row < model->rowCount() ? model->toolTipAt(row, model->columnCount() - 1) : QString());
    });
    if (!clickable)
        return;
    connect(series, &QXYSeries::clicked, this, [this, model, rowOf](const QPointF &point) {
        const int row = rowOf(point);
        if (row >= 0 && row < model->rowCount() && model->credentialIdAt(row, 0) != 0)
            Q_EMIT credentialActivated(model->credentialIdAt(row, 0));
    });
}

void DashboardView::bindBars(QAbstractBarSeries *series, ChartTableModel *model, int firstColumn,
                             const QList<QColor> &colors)
{
    // The mapper recreates its bar sets on every model reset: colours follow each new set, signals come from the
    // series, and a set's position is its column.
    auto colorSets = [series, colors] {
        const QList<QBarSet *> sets = series->barSets();
        for (int i = 0; i < sets.size() && i < colors.size(); ++i) {
            sets[i]->setColor(colors[i]);
            sets[i]->setBorderColor(colors[i]);
        }
    };
    connect(series, &QAbstractBarSeries::barsetsAdded, this, colorSets);
    colorSets();
    auto columnOf = [series, firstColumn](QBarSet *set) { return firstColumn + int(series->barSets().indexOf(set)); };
    connect(series, &QAbstractBarSeries::hovered, this, [this, model, columnOf](bool status, int index, QBarSet *set) {
        const int column = columnOf(set);
        const bool valid =
            status && index >= 0 && index < model->rowCount() && column >= 0 && column < model->columnCount();
        showTip(valid ? model->toolTipAt(index, column) : QString());
    });
    connect(series, &QAbstractBarSeries::clicked, this, [this, model, columnOf](int index, QBarSet *set) {
        const int column = columnOf(set);
        if (index < 0 || index >= model->rowCount() || column < 0 || column >= model->columnCount())
            return;
        if (const qint64 id = model->credentialIdAt(index, column))
            Q_EMIT credentialActivated(id);
    });
}

// Key age against policy

void DashboardView::buildKeyAgeChart()
{
    ChartCard *card = m_cards[KeyAge];
    QChart *chart = card->chart();
    const Clock &clock = m_workspace ? m_workspace->clock() : SystemClock::instance();
    m_ageX = new QValueAxis(chart);
    m_ageX->setTitleText(tr("Age of the current key (days)"));
    m_ageX->setLabelFormat(QStringLiteral("%d"));
    m_ageY = new QValueAxis(chart);
    m_ageY->setTitleText(tr("Age ÷ rotation interval"));
    m_ageY->setLabelFormat(QStringLiteral("%.1f"));
    styleAxis(m_ageX);
    styleAxis(m_ageY);
    chart->addAxis(m_ageX, Qt::AlignBottom);
    chart->addAxis(m_ageY, Qt::AlignLeft);

    m_warningLine = new QLineSeries(chart);
    m_warningLine->setName(tr("1× interval: overdue"));
    m_warningLine->setPen(thresholdPen(statusColor(KeyStatus::Overdue)));
    m_criticalLine = new QLineSeries(chart);
    m_criticalLine->setName(tr("1.5×: critical"));
    m_criticalLine->setPen(thresholdPen(statusColor(KeyStatus::OverdueCritical)));
    for (QLineSeries *line : {m_warningLine, m_criticalLine}) {
        chart->addSeries(line);
        line->attachAxis(m_ageX);
        line->attachAxis(m_ageY);
    }

    const QList<QColor> colors{statusColor(KeyStatus::Healthy), statusColor(KeyStatus::Overdue),
                               statusColor(KeyStatus::OverdueCritical)};
    for (auto band : {KeyAgeChartModel::WithinPolicy, KeyAgeChartModel::Warning, KeyAgeChartModel::Critical}) {
        auto *model = new KeyAgeChartModel(m_model, band, clock, this);
        auto *series = new QScatterSeries(chart);
        series->setObjectName(QStringLiteral("ageSeries_%1").arg(int(band)));
        series->setMarkerSize(8);
        QColor fill = colors[band];
        fill.setAlpha(band == KeyAgeChartModel::WithinPolicy ? 150 : 210);
        series->setColor(fill);
        series->setBorderColor(fill.darker(120));
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(KeyAgeChartModel::AgeDays);
        mapper->setYColumn(KeyAgeChartModel::Ratio);
        mapper->setSeries(series);
        mapper->setModel(model);
        // The mapper appends point by point, and a series on a chart lays out every point after each append: with
        // thousands of points that is quadratic (seconds at 2,500). So the series is filled off the chart: it
        // leaves the chart when its model is about to reset and returns once the mapper has refilled it.
        auto attach = [chart, series, this] {
            chart->addSeries(series);
            series->attachAxis(m_ageX);
            series->attachAxis(m_ageY);
        };
        attach();
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [chart, series] { chart->removeSeries(series); });
        connect(model, &ChartTableModel::reloaded, this, attach);
        bindPoints(series, model, true);
        connect(model, &ChartTableModel::reloaded, this, &DashboardView::updateKeyAgeChart);
        m_ageModels << model;
        m_ageSeries << series;
    }
    updateKeyAgeChart();
}

void DashboardView::updateKeyAgeChart()
{
    if (m_ageModels.size() < 3)
        return; // still being built
    KeyAgeChartModel *any = m_ageModels.first();
    const double xMax = setCountRange(m_ageX, any->maxAgeDays(), 10);
    if (any->maxRatio() * 1.08 <= 4) {
        // up to 4× the interval: a tick every half interval
        const double yMax = std::max(2.0, std::ceil(any->maxRatio() * 1.08 * 2) / 2);
        m_ageY->setRange(0, yMax);
        m_ageY->setTickCount(int(yMax * 2) + 1);
        m_ageY->setLabelFormat(QStringLiteral("%.1f"));
    } else {
        setCountRange(m_ageY, any->maxRatio());
        m_ageY->setLabelFormat(QStringLiteral("%.0f"));
    }
    m_warningLine->replace({QPointF(0, KeyAgeChartModel::warningRatio()), QPointF(xMax, 1.0)});
    m_criticalLine->replace({QPointF(0, KeyAgeChartModel::criticalRatio()), QPointF(xMax, 1.5)});
    const QStringList names{tr("Within policy (%1)"), tr("Overdue (%1)"), tr("Critical (%1)")};
    int points = 0;
    int keys = 0;
    for (int i = 0; i < m_ageModels.size(); ++i) {
        m_ageSeries[i]->setName(names[i].arg(m_ageModels[i]->keyCount()));
        points += m_ageModels[i]->rowCount();
        keys += m_ageModels[i]->keyCount();
    }
    setLegendVisible(m_cards[KeyAge]->chart(), m_warningLine, false);
    setLegendVisible(m_cards[KeyAge]->chart(), m_criticalLine, false);
    m_cards[KeyAge]->setEmptyReason(any->emptyReason());
    QString subtitle = tr("A dot per key. Dashed lines: overdue at 1×, critical above 1.5× its interval.");
    if (points < keys)
        subtitle += QLatin1Char(' ') + tr("%1 keys as %2 dots (coinciding keys share one).").arg(keys).arg(points);
    m_cards[KeyAge]->setSubtitle(subtitle);
}

// Days since last use

void DashboardView::buildLastUseChart()
{
    ChartCard *card = m_cards[LastUse];
    QChart *chart = card->chart();
    m_lastUseModel = new LastUseChartModel(m_model, this);
    auto *series = new QStackedBarSeries(chart);
    series->setObjectName(QStringLiteral("lastUseSeries"));
    series->setBarWidth(0.8);
    chart->addSeries(series);
    m_lastUseX = new QBarCategoryAxis(chart);
    m_lastUseX->setTitleText(tr("Days since last use"));
    styleCategories(m_lastUseX, -90);
    m_lastUseY = new QValueAxis(chart);
    m_lastUseY->setTitleText(tr("Keys"));
    m_lastUseY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_lastUseX);
    styleAxis(m_lastUseY);
    chart->addAxis(m_lastUseX, Qt::AlignBottom);
    chart->addAxis(m_lastUseY, Qt::AlignLeft);
    series->attachAxis(m_lastUseX);
    series->attachAxis(m_lastUseY);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(LastUseChartModel::InUse);
    mapper->setLastBarSetColumn(LastUseChartModel::NeverUsed);
    mapper->setSeries(series);
    mapper->setModel(m_lastUseModel);
    bindBars(series, m_lastUseModel, LastUseChartModel::InUse,
             {statusColor(KeyStatus::Healthy), statusColor(KeyStatus::Stale), statusColor(KeyStatus::PotentiallyStale),
              neverUsedColor()});

    // The 7- and 30-day lines sit between categories: a hidden value axis spans the categories' -0.5 … n-0.5.
    auto *lineAxis = new QValueAxis(chart);
    lineAxis->setVisible(false);
    chart->addAxis(lineAxis, Qt::AlignBottom);
    lineAxis->setRange(-0.5, LastUseChartModel::buckets().size() - 0.5);
    m_staleLine = new QLineSeries(chart);
    m_staleLine->setName(tr("7 d: stale"));
    m_staleLine->setPen(thresholdPen(statusColor(KeyStatus::DueSoon)));
    m_potentiallyStaleLine = new QLineSeries(chart);
    m_potentiallyStaleLine->setName(tr("30 d: potentially stale"));
    m_potentiallyStaleLine->setPen(thresholdPen(statusColor(KeyStatus::Overdue)));
    for (QLineSeries *line : {m_staleLine, m_potentiallyStaleLine}) {
        chart->addSeries(line);
        line->attachAxis(lineAxis);
        line->attachAxis(m_lastUseY);
        setLegendVisible(chart, line, false);
    }
    connect(m_lastUseModel, &ChartTableModel::reloaded, this, &DashboardView::updateLastUseChart);
    updateLastUseChart();
}

void DashboardView::updateLastUseChart()
{
    m_lastUseX->setCategories(m_lastUseModel->rowLabels());
    const double yMax = setCountRange(m_lastUseY, m_lastUseModel->maxValue(0, LastUseChartModel::ColumnCount - 1));
    const double stale = LastUseChartModel::staleRow() - 0.5;
    const double potentially = LastUseChartModel::potentiallyStaleRow() - 0.5;
    m_staleLine->replace({QPointF(stale, 0), QPointF(stale, yMax)});
    m_potentiallyStaleLine->replace({QPointF(potentially, 0), QPointF(potentially, yMax)});
    m_cards[LastUse]->setEmptyReason(m_lastUseModel->emptyReason());
    m_cards[LastUse]->setSubtitle(tr("Dashed lines: stale from 7 days unused, potentially stale from 30. A bar "
                                     "opens its longest unused key."));
}

// Upcoming rotations

void DashboardView::buildUpcomingChart()
{
    ChartCard *card = m_cards[Upcoming];
    QChart *chart = card->chart();
    const Clock &clock = m_workspace ? m_workspace->clock() : SystemClock::instance();
    m_upcomingModel = new UpcomingRotationsChartModel(m_model, clock, this);
    auto *series = new QStackedBarSeries(chart);
    series->setObjectName(QStringLiteral("upcomingSeries"));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    m_upcomingX = new QBarCategoryAxis(chart);
    m_upcomingX->setTitleText(tr("Week starting"));
    styleCategories(m_upcomingX, -90);
    m_upcomingY = new QValueAxis(chart);
    m_upcomingY->setTitleText(tr("Keys due"));
    m_upcomingY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_upcomingX);
    styleAxis(m_upcomingY);
    chart->addAxis(m_upcomingX, Qt::AlignBottom);
    chart->addAxis(m_upcomingY, Qt::AlignLeft);
    series->attachAxis(m_upcomingX);
    series->attachAxis(m_upcomingY);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(UpcomingRotationsChartModel::Overdue);
    mapper->setLastBarSetColumn(UpcomingRotationsChartModel::Issued);
    mapper->setSeries(series);
    mapper->setModel(m_upcomingModel);
    bindBars(series, m_upcomingModel, UpcomingRotationsChartModel::Overdue,
             {statusColor(KeyStatus::Overdue), heldColor(), issuedColor()});
    connect(m_upcomingModel, &ChartTableModel::reloaded, this, &DashboardView::updateUpcomingChart);
    updateUpcomingChart();
}

void DashboardView::updateUpcomingChart()
{
    m_upcomingX->setCategories(m_upcomingModel->rowLabels());
    double yMax = 0;
    for (int r = 0; r < m_upcomingModel->rowCount(); ++r) {
        double sum = 0;
        for (int c = 0; c < m_upcomingModel->columnCount(); ++c)
            sum += m_upcomingModel->value(r, c);
        yMax = std::max(yMax, sum);
    }
    setCountRange(m_upcomingY, yMax);
    m_cards[Upcoming]->setEmptyReason(m_upcomingModel->emptyReason());
    QStringList notes{tr("Next 13 weeks by cron schedule or interval.")};
    if (m_upcomingModel->laterCount())
        notes << tr("%n key(s) due later.", nullptr, m_upcomingModel->laterCount());
    if (m_upcomingModel->rotatingCount())
        notes << tr("%n being rotated now not counted.", nullptr, m_upcomingModel->rotatingCount());
    m_cards[Upcoming]->setSubtitle(notes.join(QLatin1Char(' ')));
}

// Migration burn-down

void DashboardView::buildBurnDownChart()
{
    ChartCard *card = m_cards[BurnDown];
    if (!m_workspace) {
        card->setEmptyReason(tr("The burn-down of a campaign needs the workspace's campaigns."));
        return;
    }
    QChart *chart = card->chart();
    m_burnDownModel = new MigrationBurnDownModel(m_workspace->store(), m_workspace->notices(),
                                                 m_workspace->campaignNotices(), m_workspace->clock(), this);
    m_burnDownX = new QDateTimeAxis(chart);
    m_burnDownX->setFormat(QStringLiteral("MMM d"));
    m_burnDownX->setTitleText(tr("Date (UTC)"));
    m_burnDownY = new QValueAxis(chart);
    m_burnDownY->setTitleText(tr("Consumers"));
    m_burnDownY->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_burnDownX);
    styleAxis(m_burnDownY);
    chart->addAxis(m_burnDownX, Qt::AlignBottom);
    chart->addAxis(m_burnDownY, Qt::AlignLeft);

    struct Line
    {
        int column;
        QColor color;
        qreal width;
        Qt::PenStyle style;
    };
    const QList<Line> lines{{MigrationBurnDownModel::Notified, heldColor(), 2.0, Qt::SolidLine},
                            {MigrationBurnDownModel::Migrated, statusColor(KeyStatus::Healthy), 2.5, Qt::SolidLine}};
    for (const Line &l : lines) {
        auto *series = new QLineSeries(chart);
        series->setObjectName(QStringLiteral("burnDown_%1").arg(l.column));
        series->setName(m_burnDownModel->headerData(l.column, Qt::Horizontal).toString());
        QPen pen(l.color, l.width, l.style);
        series->setPen(pen);
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(m_burnDownX);
        series->attachAxis(m_burnDownY);
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(MigrationBurnDownModel::At);
        mapper->setYColumn(l.column);
        mapper->setSeries(series);
        mapper->setModel(m_burnDownModel);
        bindPoints(series, m_burnDownModel, false);
    }
    // the total is the target the lines climb to: drawn across the whole campaign, not only up to today
    m_totalLine = new QLineSeries(chart);
    m_totalLine->setPen(thresholdPen(QColor(0x78, 0x80, 0x8a)));
    m_deadlineLine = new QLineSeries(chart);
    m_deadlineLine->setName(tr("Deadline"));
    m_deadlineLine->setPen(thresholdPen(statusColor(KeyStatus::Overdue)));
    m_todayLine = new QLineSeries(chart);
    m_todayLine->setName(tr("Now"));
    m_todayLine->setPen(thresholdPen(QColor(0x9e, 0xa4, 0xab)));
    for (QLineSeries *line : {m_totalLine, m_deadlineLine, m_todayLine}) {
        chart->addSeries(line);
        line->attachAxis(m_burnDownX);
        line->attachAxis(m_burnDownY);
    }
    setLegendVisible(chart, m_todayLine, false);
    connect(m_burnDownModel, &ChartTableModel::reloaded, this, &DashboardView::updateBurnDownChart);
    updateBurnDownChart();
}

void DashboardView::updateBurnDownChart()
{
    ChartCard *card = m_cards[BurnDown];
    card->setEmptyReason(m_burnDownModel->emptyReason());
    if (!m_burnDownModel->emptyReason().isEmpty()) {
        card->setSubtitle({});
        return;
    }
    const QDateTime start = m_burnDownModel->start();
    const QDateTime deadline = m_burnDownModel->deadline();
    const QDateTime now = m_workspace->clock().now();
    const QDateTime end = std::max(deadline.isValid() ? deadline : now, now).addSecs(12 * 3600);
    m_burnDownX->setRange(start.addSecs(-12 * 3600), end);
    const qint64 days = std::max<qint64>(1, start.daysTo(end));
    m_burnDownX->setTickCount(int(std::clamp<qint64>(days, 2, 6)) + 1);
    const double yMax = setCountRange(m_burnDownY, m_burnDownModel->total());
    m_deadlineLine->clear();
    if (deadline.isValid()) {
        const double x = double(deadline.toMSecsSinceEpoch());
        m_deadlineLine->append({QPointF(x, 0), QPointF(x, yMax)});
    }
    m_totalLine->setName(tr("Consumers (%1)").arg(m_burnDownModel->total()));
    m_totalLine->replace({QPointF(double(start.toMSecsSinceEpoch()), m_burnDownModel->total()),
                          QPointF(double(end.toMSecsSinceEpoch()), m_burnDownModel->total())});
    const double today = double(now.toMSecsSinceEpoch());
    m_todayLine->replace({QPointF(today, 0), QPointF(today, yMax)});
    const int last = m_burnDownModel->rowCount() - 1;
    const int migrated = last >= 0 ? int(m_burnDownModel->value(last, MigrationBurnDownModel::Migrated)) : 0;
    card->setSubtitle(tr("%1: %2 of %3 consumers migrated; deadline %4.")
                          .arg(m_burnDownModel->campaignName())
                          .arg(migrated)
                          .arg(m_burnDownModel->total())
                          .arg(deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
}

// 401s during running rotations

void DashboardView::buildUnauthorizedChart()
{
    ChartCard *card = m_cards[Unauthorized];
    if (!m_workspace) {
        card->setEmptyReason(tr("The 401 counts of running rotations need the workspace's runs."));
        return;
    }
    QChart *chart = card->chart();
    m_unauthorizedModel = new UnauthorizedChartModel(m_workspace->store(), this);
    auto *series = new QHorizontalBarSeries(chart);
    series->setObjectName(QStringLiteral("unauthorizedSeries"));
    series->setBarWidth(0.75);
    chart->addSeries(series);
    m_unauthorizedY = new QBarCategoryAxis(chart);
    m_unauthorizedX = new QValueAxis(chart);
    m_unauthorizedX->setTitleText(tr("401 responses reported by the provider"));
    m_unauthorizedX->setLabelFormat(QStringLiteral("%d"));
    styleAxis(m_unauthorizedX);
    styleAxis(m_unauthorizedY);
    chart->addAxis(m_unauthorizedY, Qt::AlignLeft);
    chart->addAxis(m_unauthorizedX, Qt::AlignBottom);
    series->attachAxis(m_unauthorizedY);
    series->attachAxis(m_unauthorizedX);
    auto *mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(UnauthorizedChartModel::OldKey);
    mapper->setLastBarSetColumn(UnauthorizedChartModel::NewKey);
    mapper->setSeries(series);
    mapper->setModel(m_unauthorizedModel);
    bindBars(series, m_unauthorizedModel, UnauthorizedChartModel::OldKey,
             {statusColor(KeyStatus::Overdue), heldColor()});
    connect(m_unauthorizedModel, &ChartTableModel::reloaded, this, &DashboardView::updateUnauthorizedChart);
    updateUnauthorizedChart();
}

void DashboardView::updateUnauthorizedChart()
{
    ChartCard *card = m_cards[Unauthorized];
    m_unauthorizedY->setCategories(m_unauthorizedModel->rowLabels());
    const double max = m_unauthorizedModel->maxValue(0, UnauthorizedChartModel::ColumnCount - 1);
    setCountRange(m_unauthorizedX, max);
    card->setEmptyReason(m_unauthorizedModel->emptyReason());
    if (!m_unauthorizedModel->emptyReason().isEmpty())
        return card->setSubtitle({});
    const int runs = m_unauthorizedModel->rowCount();
    QString subtitle = max > 0 ? tr("Per running run, the old and the new key's 401 counts; a bar opens the key.")
                               : tr("No 401s reported during the %n running rotation(s).", nullptr, runs);
    if (m_unauthorizedModel->hiddenRuns())
        subtitle +=
            QLatin1Char(' ') + tr("%n run(s) with fewer 401s not shown.", nullptr, m_unauthorizedModel->hiddenRuns());
    card->setSubtitle(subtitle);
}

} // namespace keyturn
