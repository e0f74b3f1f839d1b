#include "KeyDetailsPanel.h"
#include "Theme.h"

#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/models/InventoryModel.h"
#include "core/models/RunsModel.h"
#include "core/notices/NoticeStore.h"
#include "core/store/WorkspaceStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace keyturn {

namespace {
QString timeText(const QDateTime &when)
{
    return when.isValid() ? InventoryModel::isoUtcText(when) : QString();
}

QTableWidget *makeTable(const QString &name, const QString &accessible, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    table->setAccessibleName(accessible);
    showFocusFrame(table);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

/// Fills a table, one list of cell texts per row; cells with a tooltip take it from `tips` (same shape, optional).
void fill(QTableWidget *table, const QList<QStringList> &rows, const QList<QStringList> &tips = {})
{
    table->setRowCount(0);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (r < tips.size() && c < tips.at(r).size() && !tips.at(r).at(c).isEmpty())
                item->setToolTip(tips.at(r).at(c));
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

QString keyStateText(KeyState state)
{
    switch (state) {
    case KeyState::Pending: return KeyDetailsPanel::tr("pending");
    case KeyState::Current: return KeyDetailsPanel::tr("current");
    case KeyState::Previous: return KeyDetailsPanel::tr("previous");
    case KeyState::Revoked: return KeyDetailsPanel::tr("revoked");
    }
    return {};
}
} // namespace

KeyDetailsPanel::KeyDetailsPanel(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("keyDetails"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("keyDetailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("keyDetailsFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("keyDetailsProblem"));
    m_problem->setWordWrap(true);
    Theme::setTone(m_problem, Theme::Tone::Error);
    m_problem->hide();

    m_versions = makeTable(QStringLiteral("keyVersionsTable"), tr("Key versions"),
                           {tr("Version"), tr("State"), tr("Fingerprint"), tr("Prefix"), tr("Provider key id"),
                            tr("Created"), tr("Activated"), tr("Revoked"), tr("Last used"), tr("Requests"), tr("401s")},
                           this);
    m_runs = makeTable(
        QStringLiteral("keyRunsTable"), tr("Rotation runs of the key"),
        {tr("Run"), tr("Kind"), tr("State"), tr("Started by"), tr("Started"), tr("Finished"), tr("Error")}, this);
    m_notices = makeTable(
        QStringLiteral("keyNoticesTable"), tr("Notices about the key"),
        {tr("Notice"), tr("Kind"), tr("State"), tr("Consumer"), tr("Send at"), tr("Sent"), tr("Subject")}, this);
    m_audit = makeTable(QStringLiteral("keyAuditTable"), tr("Audit trail of the key"),
                        {tr("When"), tr("Actor"), tr("Action"), tr("Version"), tr("Old fingerprint"),
                         tr("New fingerprint"), tr("Details")},
                        this);
    m_audit->setToolTip(tr("Double-click an event, or press Enter on it, to show it in the audit history."));
    // activated: a double-click, or Enter on the current row
    connect(m_audit, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QTableWidgetItem *item = m_audit->item(index.row(), 0);
        if (const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0; id > 0)
            Q_EMIT auditEventActivated(id);
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("keyDetailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_versions, tr("Versions"));
    m_tabs->addTab(m_runs, tr("Runs"));
    m_tabs->addTab(m_notices, tr("Notices"));
    m_tabs->addTab(m_audit, tr("Audit trail"));
    // the tables were made before the tabs: Tab reaches the tab bar first, then the page it shows
    setTabOrder(m_tabs, m_versions);
    setTabOrder(m_versions, m_runs);
    setTabOrder(m_runs, m_notices);
    setTabOrder(m_notices, m_audit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0); // keeps the title at the top while the tabs are hidden
    showNothing();
}

void KeyDetailsPanel::showNothing()
{
    m_credentialId = 0;
    m_title->setText(tr("No key selected"));
    m_facts->setText(tr("Select a key to see its versions, rotation runs, notices and audit trail."));
    m_problem->hide();
    for (QTableWidget *table : {m_versions, m_runs, m_notices, m_audit})
        table->setRowCount(0);
    m_tabs->setTabText(VersionsTab, tr("Versions"));
    m_tabs->setTabText(RunsTab, tr("Runs"));
    m_tabs->setTabText(NoticesTab, tr("Notices"));
    m_tabs->setTabText(AuditTab, tr("Audit trail"));
    m_tabs->setEnabled(false);
    m_tabs->hide();
    Q_EMIT credentialShown(0);
}

void KeyDetailsPanel::showCredential(qint64 credentialId)
{
    if (credentialId <= 0) {
        showNothing();
        return;
    }
    m_credentialId = credentialId;
    reload();
}

void KeyDetailsPanel::reload()
{
    if (m_credentialId <= 0)
        return;
    const WorkspaceStore &store = m_workspace.store();
    QStringList problems;
    auto credential = store.credential(m_credentialId);
    if (!credential) {
        const qint64 id = m_credentialId;
        showNothing();
        m_problem->setText(tr("Could not read key %1: %2").arg(id).arg(credential.errorMessage()));
        m_problem->show();
        return;
    }
    const Credential &c = *credential;
    m_tabs->setEnabled(true);
    m_tabs->show();
    m_title->setText(c.name);
    QStringList facts;
    facts << (c.kind == CredentialKind::Issued ? tr("issued key") : tr("held key"));
    if (!c.provider.isEmpty())
        facts << c.provider;
    if (!c.environment.isEmpty())
        facts << c.environment;
    if (!c.owner.isEmpty())
        facts << tr("owner %1").arg(c.owner);
    facts << tr("criticality %1").arg(c.criticality);
    facts << (c.scheduleCron.isEmpty() ? tr("rotates every %n d", nullptr, c.rotationIntervalDays)
                                       : tr("rotates on schedule %1 (UTC)").arg(c.scheduleCron));
    if (!c.supportsDualKey)
        facts << tr("provider holds one key at a time");
    if (!c.vaultPath.isEmpty())
        facts << tr("vault %1").arg(c.vaultPath);
    if (!c.usedBy.isEmpty())
        facts << tr("used by %1").arg(c.usedBy.join(QStringLiteral(", ")));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    // versions, newest first
    QList<QStringList> rows;
    QList<QStringList> tips;
    if (auto versions = store.keyVersions(m_credentialId)) {
        QList<KeyVersion> list = *versions;
        std::sort(list.begin(), list.end(),
                  [](const KeyVersion &a, const KeyVersion &b) { return a.version > b.version; });
        const QDateTime now = m_workspace.clock().now();
        for (const KeyVersion &k : list) {
            rows << QStringList{QStringLiteral("v%1").arg(k.version),
                                keyStateText(k.state),
                                k.fingerprint,
                                k.prefix,
                                k.providerKeyId,
                                timeText(k.createdAt),
                                timeText(k.activatedAt),
                                timeText(k.revokedAt),
                                InventoryModel::relativeTimeText(k.lastUsedAt, now),
                                QString::number(k.requestCount),
                                QString::number(k.unauthorizedCount)};
            tips << QStringList{{}, {}, {}, {}, {}, {}, {}, {}, timeText(k.lastUsedAt)};
        }
    } else {
        problems << tr("versions: %1").arg(versions.errorMessage());
    }
    fill(m_versions, rows, tips);
    m_tabs->setTabText(VersionsTab, tr("Versions (%1)").arg(rows.size()));

    rows.clear();
    if (auto runs = store.runs(m_credentialId)) {
        for (const RotationRunRecord &run : *runs)
            rows << QStringList{QString::number(run.id),
                                run.kind,
                                RunsModel::stateLabel(run.state),
                                run.startedBy,
                                timeText(run.createdAt),
                                timeText(run.finishedAt),
                                run.error.section(QLatin1Char('\n'), 0, 0)};
    } else {
        problems << tr("runs: %1").arg(runs.errorMessage());
    }
    fill(m_runs, rows);
    m_tabs->setTabText(RunsTab, tr("Runs (%1)").arg(rows.size()));

    // NoticeFilter has no credential field: the notices are filtered here
    rows.clear();
    if (auto notices = m_workspace.notices().notices()) {
        for (const NoticeRecord &n : *notices) {
            if (n.credentialId != m_credentialId)
                continue;
            rows << QStringList{QString::number(n.id), n.kind,   n.state, n.consumerName, timeText(n.sendAt),
                                timeText(n.sentAt),    n.subject};
        }
    } else {
        problems << tr("notices: %1").arg(notices.errorMessage());
    }
    fill(m_notices, rows);
    m_tabs->setTabText(NoticesTab, tr("Notices (%1)").arg(rows.size()));

    rows.clear();
    QList<qint64> eventIds;
    if (auto events = m_workspace.audit().eventsFor(QStringLiteral("credential"), QString::number(m_credentialId))) {
        // newest first: what changed last is what a reader looks for
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            eventIds << it->id;
            rows << QStringList{timeText(it->at),
                                it->actor,
                                it->action,
                                it->keyVersion ? QStringLiteral("v%1").arg(*it->keyVersion) : QString(),
                                it->oldFingerprint,
                                it->newFingerprint,
                                it->details == "{}" ? QString() : QString::fromUtf8(it->details)};
        }
    } else {
        problems << tr("audit trail: %1").arg(events.errorMessage());
    }
    fill(m_audit, rows);
    for (int r = 0; r < eventIds.size(); ++r)
        m_audit->item(r, 0)->setData(Qt::UserRole, eventIds.at(r));
    m_tabs->setTabText(AuditTab, tr("Audit trail (%1)").arg(rows.size()));

    m_problem->setVisible(!problems.isEmpty());
    m_problem->setText(tr("Could not read all of the key's details: %1").arg(problems.join(QStringLiteral("; "))));
    Q_EMIT credentialShown(m_credentialId);
}

} // namespace keyturn
