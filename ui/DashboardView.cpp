#include "DashboardView.h"

#include "StatusBadgeDelegate.h"
#include "core/models/InventoryModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace keyturn {

DashboardView::DashboardView(InventoryModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Key health"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    layout->addWidget(m_summary);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    int i = 0;
    for (KeyStatus s : allKeyStatuses()) {
        auto *tile = new QPushButton(this);
        tile->setObjectName(QStringLiteral("tile_") + toString(s));
        tile->setMinimumSize(200, 90);
        tile->setCursor(Qt::PointingHandCursor);
        tile->setToolTip(tr("Show the keys that are %1 in the inventory").arg(statusLabel(s).toLower()));
        const QColor c = statusColor(s);
        tile->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 10px 14px; border-radius: 8px;"
                                           " border: 1px solid %1; border-left: 8px solid %1; font-size: 13pt; }"
                                           "QPushButton:hover { background: %2; }")
                                .arg(c.name(), c.lighter(190).name()));
        connect(tile, &QPushButton::clicked, this, [this, s] { Q_EMIT statusActivated(s); });
        m_tiles.insert(s, tile);
        grid->addWidget(tile, i / 4, i % 4);
        ++i;
    }
    layout->addLayout(grid);
    auto *note = new QLabel(tr("Charts of key age against policy, days since last use and upcoming rotations come with "
                               "the dashboard capability; the figures above are live from the inventory."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardView::recount);
    recount();
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
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it)
        it.value()->setText(QStringLiteral("%1\n%2").arg(m_counts.value(it.key())).arg(statusLabel(it.key())));
    m_summary->setText(
        tr("%1 held keys and %2 issued keys across %3 providers").arg(held).arg(issued).arg(providers.size()));
}

} // namespace keyturn
