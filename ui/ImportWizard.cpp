#include "ImportWizard.h"
#include "Theme.h"

#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/importer/InventoryExport.h"
#include "core/models/InventoryModel.h"

#include <QAbstractProxyModel>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace keyturn {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(label, Theme::Tone::Error);
    return label;
}
} // namespace

/// Page 1: which file.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(QLineEdit *path, QWidget *parent) : QWizardPage(parent), m_path(path)
    {
        setTitle(tr("Choose the inventory file"));
        setSubTitle(tr("YAML in the rotation guide's format (api_keys: and/or rotation_schedules:), or CSV with a "
                       "header row of the same field names. Nothing is written before you confirm."));
        m_path->setObjectName(QStringLiteral("importPath"));
        m_path->setPlaceholderText(tr("inventory.yaml or inventory.csv"));
        auto *browse = new QPushButton(tr("&Browse…"), this);
        browse->setObjectName(QStringLiteral("importBrowse"));
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("importPathHint"));
        m_hint->setWordWrap(true);

        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(tr("&File:"), this);
        label->setBuddy(m_path);
        layout->addWidget(label);
        layout->addLayout(row);
        layout->addWidget(m_hint);
        layout->addStretch(1);

        connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
        connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::pathChanged);
        pathChanged();
    }

    bool isComplete() const override
    {
        const QFileInfo info(m_path->text().trimmed());
        return info.isFile() && info.isReadable();
    }

private:
    void browse()
    {
        const QString start = m_path->text().trimmed().isEmpty()
                                  ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                  : QFileInfo(m_path->text().trimmed()).absolutePath();
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Import inventory"), start,
                                                            tr("Inventory files (*.yaml *.yml *.csv);;All files (*)"));
        if (!chosen.isEmpty())
            m_path->setText(QDir::toNativeSeparators(chosen));
    }

    void pathChanged()
    {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            m_hint->clear();
        else if (!QFileInfo(path).isFile())
            m_hint->setText(tr("There is no file at this path."));
        else
            m_hint->setText(QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                                ? tr("Read as CSV.")
                                : tr("Read as YAML."));
        Q_EMIT completeChanged();
    }

    QLineEdit *m_path;
    QLabel *m_hint;
};

/// Page 2: what the file would do, and every problem in it.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportPreviewPage(ImportWizard *wizard, QWidget *parent) : QWizardPage(parent), m_wizard(wizard)
    {
        setTitle(tr("Preview"));
        setSubTitle(tr("What importing the file would change. Nothing has been written yet."));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("importSummary"));
        m_summary->setWordWrap(true);
        m_rows = new QTreeWidget(this);
        m_rows->setObjectName(QStringLiteral("importRows"));
        m_rows->setAccessibleName(tr("Changes the import would make"));
        showFocusFrame(m_rows);
        m_rows->setHeaderLabels({tr("Action"), tr("Name"), tr("Line"), tr("Details")});
        m_rows->setRootIsDecorated(true);
        m_rows->setUniformRowHeights(true);
        m_rows->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_rows->header()->setStretchLastSection(true);
        m_issuesTitle = new QLabel(tr("Problems in the file:"), this);
        m_issues = new QListWidget(this);
        m_issues->setObjectName(QStringLiteral("importIssues"));
        showFocusFrame(m_issues);
        m_issues->setWordWrap(true);
        m_issuesTitle->setBuddy(m_issues);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_rows, 3);
        layout->addWidget(m_issuesTitle);
        layout->addWidget(m_issues, 1);
    }

    void initializePage() override
    {
        InventoryImport importer(m_wizard->m_workspace.store());
        m_wizard->m_preview = importer.previewFile(m_wizard->filePath());
        const ImportPreview &p = m_wizard->m_preview;

        m_rows->clear();
        for (const ImportRow &row : p.rows) {
            QString action;
            switch (row.action) {
            case ImportRow::Action::Add: action = tr("Added"); break;
            case ImportRow::Action::Change: action = tr("Changed"); break;
            case ImportRow::Action::Unchanged: action = tr("Unchanged"); break;
            }
            QString details;
            if (row.action == ImportRow::Action::Add)
                details = tr("%1 · %2 · every %3 days")
                              .arg(row.credential.provider, row.credential.environment)
                              .arg(row.credential.rotationIntervalDays);
            else if (row.action == ImportRow::Action::Change)
                details = tr("changes: %1").arg(row.changes.size());
            auto *item = new QTreeWidgetItem(m_rows, {action, row.credential.name, QString::number(row.line), details});
            item->setData(0, Qt::UserRole, toString(row.action));
            for (const FieldChange &c : row.changes) {
                const QString before = c.before.isEmpty() ? tr("(empty)") : c.before;
                const QString after = c.after.isEmpty() ? tr("(empty)") : c.after;
                new QTreeWidgetItem(item, {QString(), c.field, QString(), tr("%1 → %2").arg(before, after)});
            }
        }
        m_rows->expandAll();

        m_issues->clear();
        for (const ImportIssue &e : p.errors) {
            auto *item = new QListWidgetItem(tr("Error: %1").arg(e.text()), m_issues);
            item->setForeground(Theme::color(Theme::Tone::Error));
            item->setData(Qt::UserRole, e.line);
        }
        for (const ImportIssue &w : p.warnings) {
            auto *item = new QListWidgetItem(tr("Warning: %1").arg(w.text()), m_issues);
            item->setData(Qt::UserRole, w.line);
        }
        m_issues->setVisible(m_issues->count() > 0);
        m_issuesTitle->setVisible(m_issues->count() > 0);

        QString text = tr("%1 to add, %2 to change, %3 unchanged.").arg(p.added()).arg(p.changed()).arg(p.unchanged());
        if (p.hasErrors())
            text += QLatin1Char(' ') +
                    tr("Errors: %1. Fix the file and choose it again; nothing can be imported until then.")
                        .arg(p.errors.size());
        else if (p.added() + p.changed() == 0)
            text += QLatin1Char(' ') + tr("The inventory already matches the file: there is nothing to import.");
        m_summary->setText(text);
        Q_EMIT completeChanged();
    }

    bool isComplete() const override
    {
        const ImportPreview &p = m_wizard->m_preview;
        return !p.hasErrors() && p.added() + p.changed() > 0;
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QTreeWidget *m_rows;
    QLabel *m_issuesTitle;
    QListWidget *m_issues;
};

/// Page 3: confirm; Import applies the preview in one transaction.
class ImportConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportConfirmPage(ImportWizard *wizard, QWidget *parent) : QWizardPage(parent), m_wizard(wizard)
    {
        setTitle(tr("Import"));
        setSubTitle(tr("Everything is written in one step, or nothing is."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("importConfirmText"));
        m_text->setWordWrap(true);
        m_message = errorLabel(this);
        m_message->setObjectName(QStringLiteral("importConfirmMessage"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addStretch(1);
        layout->addWidget(m_message);
    }

    void initializePage() override
    {
        m_message->clear();
        const ImportPreview &p = m_wizard->m_preview;
        const Workspace &ws = m_wizard->m_workspace;
        m_text->setText(tr("Import %1 into %2: %3 to add, %4 to change.")
                            .arg(p.source, QFileInfo(ws.location()).fileName())
                            .arg(p.added())
                            .arg(p.changed()) +
                        QLatin1Char('\n') + tr("Each change is recorded in the audit log as %1.").arg(ws.actor()));
    }

    bool validatePage() override
    {
        InventoryImport importer(m_wizard->m_workspace.store());
        auto result = importer.apply(m_wizard->m_preview);
        if (!result) {
            m_message->setText(result.errorMessage());
            return false;
        }
        m_wizard->m_summary = *result;
        if (InventoryModel *model = m_wizard->m_workspace.inventoryModel())
            model->reload();
        Q_EMIT m_wizard->imported(result->added, result->changed);
        return true;
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_text;
    QLabel *m_message;
};

/// Page 4: what was written.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportDonePage(ImportWizard *wizard, QWidget *parent) : QWizardPage(parent), m_wizard(wizard)
    {
        setTitle(tr("Imported"));
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("importResult"));
        m_text->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        const auto s = m_wizard->summary();
        if (!s)
            return;
        m_text->setText(tr("The inventory now holds the file's credentials: %1 added, %2 changed, %3 unchanged.")
                            .arg(s->added)
                            .arg(s->changed)
                            .arg(s->unchanged));
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_text;
};

ImportWizard::ImportWizard(Workspace &workspace, const QString &path, QWidget *parent)
    : QWizard(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import inventory"));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(820, 600);
    m_path = new QLineEdit;
    m_path->setText(path);
    setPage(ChooseFile, new ImportFilePage(m_path, this));
    setPage(Preview, new ImportPreviewPage(this, this));
    setPage(Confirm, new ImportConfirmPage(this, this));
    setPage(Done, new ImportDonePage(this, this));
    setStartId(ChooseFile);
}

QString ImportWizard::filePath() const
{
    return m_path->text().trimmed();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QList<InventoryRow> visibleInventoryRows(const QAbstractItemModel *model)
{
    QList<InventoryRow> out;
    if (!model)
        return out;
    out.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r) {
        QModelIndex index = model->index(r, 0);
        const QAbstractItemModel *m = model;
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m)) {
            index = proxy->mapToSource(index);
            m = proxy->sourceModel();
        }
        if (const auto *inventory = qobject_cast<const InventoryModel *>(m); inventory && index.isValid())
            out << inventory->rowAt(index.row()).data;
    }
    return out;
}

Result<int> exportInventoryCsv(QWidget *parent, const QList<InventoryRow> &rows, const QDateTime &now,
                               const QString &path)
{
    QString target = path;
    const bool interactive = target.isEmpty();
    if (interactive) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(
                    QStringLiteral("keyturn-inventory-%1.csv").arg(now.toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
        target = QFileDialog::getSaveFileName(parent, ImportWizard::tr("Export inventory as CSV"), suggested,
                                              ImportWizard::tr("CSV files (*.csv)"));
        if (target.isEmpty())
            return Error{QString()};
    }
    auto written = writeInventoryCsv(target, rows, now);
    if (!written && interactive)
        QMessageBox::warning(parent, ImportWizard::tr("Export inventory as CSV"), written.errorMessage());
    return written;
}

} // namespace keyturn

#include "ImportWizard.moc"
