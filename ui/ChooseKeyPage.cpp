#include "ChooseKeyPage.h"

#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/domain/Duration.h"
#include "core/models/RunsModel.h"
#include "core/store/WorkspaceStore.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace keyturn {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int GraceRole = Qt::UserRole + 2;
} // namespace

ChooseKeyPage::ChooseKeyPage(Workspace &workspace, Purpose purpose, qint64 preselectedCredentialId, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_purpose(purpose), m_preselected(preselectedCredentialId),
      m_keys(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    if (purpose == Purpose::Rotate) {
        setTitle(tr("Choose the key to rotate"));
        setSubTitle(tr("Held keys only: keys Keyturn issues to API consumers rotate as campaigns."));
    } else {
        setTitle(tr("Choose the key to revoke"));
        setSubTitle(tr("A new key replaces it in the vault and the old key is revoked at once, without a grace "
                       "period."));
    }
    m_keys->setHorizontalHeaderLabels(
        {tr("Key"), tr("Provider"), tr("Environment"), tr("Grace period"), tr("Latest run")});
    m_proxy->setSourceModel(m_keys);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("keyFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, provider or environment…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter keys"));

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("keyList"));
    m_list->setAccessibleName(tr("Held keys"));
    showFocusFrame(m_list);
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 240);
    m_list->setColumnWidth(1, 140);
    m_list->setColumnWidth(2, 100);
    m_list->setColumnWidth(3, 90);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chooseKeyMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);

    if (purpose == Purpose::Rotate) {
        m_grace = new QLineEdit(this);
        m_grace->setObjectName(QStringLiteral("graceField"));
        m_grace->setAccessibleName(tr("Grace period"));
        m_grace->setClearButtonEnabled(true);
        m_graceHint = new QLabel(this);
        m_graceHint->setObjectName(QStringLiteral("graceHint"));
        m_graceHint->setWordWrap(true);
        auto *form = new QFormLayout;
        auto *label = new QLabel(tr("&Grace period:"), this);
        label->setBuddy(m_grace);
        form->addRow(label, m_grace);
        form->addRow(QString(), m_graceHint);
        layout->addLayout(form);
        connect(m_grace, &QLineEdit::textChanged, this, [this] {
            updateGraceHint();
            Q_EMIT completeChanged();
        });
    }

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        // One match left: that is the key meant.
        if (m_proxy->rowCount() == 1 && !m_list->selectionModel()->hasSelection())
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        Q_EMIT completeChanged();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateGraceHint();
        Q_EMIT completeChanged();
    });
    connect(m_list, &QTreeView::doubleClicked, this, [this] {
        if (isComplete() && wizard())
            wizard()->next();
    });
}

void ChooseKeyPage::initializePage()
{
    if (!m_loaded)
        loadKeys();
}

void ChooseKeyPage::loadKeys()
{
    m_loaded = true;
    m_keys->removeRows(0, m_keys->rowCount());
    auto rows = m_workspace.store().inventory();
    if (!rows) {
        m_message->setText(tr("Could not read the inventory: %1").arg(rows.errorMessage()));
        return;
    }
    int issuedSkipped = 0;
    for (const InventoryRow &row : *rows) {
        const Credential &c = row.credential;
        if (c.kind != CredentialKind::Held) {
            ++issuedSkipped;
            continue;
        }
        if (c.lifecycle == Lifecycle::Revoked)
            continue;
        auto *name = new QStandardItem(c.name);
        name->setData(c.id, IdRole);
        name->setData(c.gracePeriodSeconds, GraceRole);
        name->setToolTip(tr("Vault path %1; used by %2").arg(c.vaultPath, c.usedBy.join(QStringLiteral(", "))));
        const QString grace =
            c.gracePeriodSeconds > 0 ? formatDuration(std::chrono::seconds(c.gracePeriodSeconds)) : QString();
        m_keys->appendRow(
            {name, new QStandardItem(c.provider), new QStandardItem(c.environment), new QStandardItem(grace),
             new QStandardItem(row.latestRunState.isEmpty() ? QString() : RunsModel::stateLabel(row.latestRunState))});
    }
    m_message->setText(m_keys->rowCount() == 0 ? tr("There are no held keys in this workspace.") : QString());
    if (m_preselected && !selectCredential(m_preselected))
        m_message->setText(tr("The key chosen before is not a held key that can be rotated; choose one here."));
}

bool ChooseKeyPage::isComplete() const
{
    if (credentialId() == 0)
        return false;
    if (m_grace && !m_grace->text().trimmed().isEmpty() && !parseDuration(m_grace->text().trimmed()))
        return false;
    return true;
}

qint64 ChooseKeyPage::credentialId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows(0);
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

QString ChooseKeyPage::credentialName() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows(0);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

qint64 ChooseKeyPage::defaultGraceSeconds() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows(0);
    return rows.isEmpty() ? 0 : rows.first().data(GraceRole).toLongLong();
}

std::optional<std::chrono::seconds> ChooseKeyPage::grace() const
{
    if (!m_grace || m_grace->text().trimmed().isEmpty())
        return std::nullopt;
    return parseDuration(m_grace->text().trimmed());
}

bool ChooseKeyPage::selectCredential(qint64 credentialId)
{
    if (!m_loaded)
        loadKeys();
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), IdRole, credentialId, 1, Qt::MatchExactly | Qt::MatchWrap);
    if (found.isEmpty())
        return false;
    m_list->setCurrentIndex(found.first());
    m_list->scrollTo(found.first());
    return true;
}

bool ChooseKeyPage::selectCredential(const QString &name)
{
    if (!m_loaded)
        loadKeys();
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchFixedString | Qt::MatchWrap);
    if (found.isEmpty())
        return false;
    m_list->setCurrentIndex(found.first());
    m_list->scrollTo(found.first());
    return true;
}

void ChooseKeyPage::updateGraceHint()
{
    if (!m_grace)
        return;
    const qint64 own = defaultGraceSeconds();
    const QString ownText = own > 0 ? formatDuration(std::chrono::seconds(own)) : tr("none");
    m_grace->setPlaceholderText(credentialId() ? tr("the key's own: %1").arg(ownText) : tr("the key's own"));
    const QString typed = m_grace->text().trimmed();
    if (typed.isEmpty()) {
        m_graceHint->setText(tr("Empty: the key's own grace period. Otherwise a duration such as 30s, 15m, 2h, 7d or "
                                "1h30m. The old key stays valid this long after the new one is in the vault."));
    } else if (auto parsed = parseDuration(typed)) {
        m_graceHint->setText(
            tr("Both keys stay valid for %1 after the new key is in the vault.").arg(formatDuration(*parsed)));
    } else {
        m_graceHint->setText(tr("“%1” is not a duration: use a whole number with s, m, h, d or w, such as 30s, 15m, "
                                "2h, 7d or 1h30m.")
                                 .arg(typed));
    }
}

} // namespace keyturn
