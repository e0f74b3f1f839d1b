#pragma once

#include "core/Result.h"
#include "core/audit/AuditExport.h"
#include "core/audit/AuditLog.h"
#include "core/audit/AuditQuery.h"
#include "core/audit/EvidencePack.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QThread;
class QTimer;

namespace keyturn {

class AuditModel;
class Database;
class Workspace;

/// The audit history for auditors: a filter bar (period, action type, actor, key, key version, free text), the
/// lazily paged history (newest first), the selected event's fields, canonical JSON and hashes, a jump to its key,
/// run or notice, chain verification, filtered export and the evidence pack of a period. Verification, exports and
/// evidence packs run on a worker thread over a connection of their own, so a million events never hold the window
/// still. The history is read when the view is first shown, and again on a later show when new events were written.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *sinceCheck() const { return m_sinceCheck; }
    QDateEdit *sinceEdit() const { return m_since; }
    QCheckBox *untilCheck() const { return m_untilCheck; }
    QDateEdit *untilEdit() const { return m_until; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *actorCombo() const { return m_actor; }
    QLineEdit *keyField() const { return m_key; }
    QSpinBox *keyVersionBox() const { return m_keyVersion; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *verificationLabel() const { return m_verification; }
    QPlainTextEdit *canonicalJsonView() const { return m_json; }
    QLabel *hashLabel() const { return m_hash; }
    QLabel *prevHashLabel() const { return m_prevHash; }
    QPushButton *goToButton() const { return m_goTo; }
    QPushButton *newerButton() const { return m_newer; }
    QPushButton *verifyButton() const { return m_verify; }

    /// The filter the controls describe (what the table shows once the debounce has run).
    AuditFilter filterFromControls() const;
    /// The event the details pane shows, or 0.
    qint64 selectedEventId() const;
    /// Whether the history was read (it is read on the first show).
    bool isLoaded() const { return m_loaded; }
    /// Whether a verification, export or evidence pack is running.
    bool isBusy() const { return m_job != nullptr; }

    /// The last verification that concluded (not cancelled), and the error of the last attempt that failed to run.
    std::optional<AuditVerification> lastVerification() const { return m_lastVerification; }
    qint64 lastVerificationEventId() const { return m_lastVerificationEventId; }
    std::optional<AuditExportSummary> lastExport() const { return m_lastExport; }
    std::optional<EvidencePackResult> lastEvidencePack() const { return m_lastPack; }
    /// What the last verification, export or evidence pack reported when it failed or was cancelled; empty when it
    /// succeeded.
    QString lastJobError() const { return m_lastJobError; }

public Q_SLOTS:
    /// Applies the filter controls now (they otherwise apply a moment after the last keystroke).
    void applyFilter();
    /// Clears every filter control and shows the whole history.
    void clearFilters();
    /// Reads the history again from the newest event, keeping the selected event when it is still in the window.
    void reload();
    /// Selects an event, clearing the filters when they leave it out, and moves the window to it. False (with the
    /// reason in the message line) when there is no such event.
    bool showAuditEvent(qint64 eventId);
    /// Walks the whole chain on a worker thread, then records the result (unless cancelled) and shows it.
    /// `interactive` shows a progress dialog with Cancel.
    void verifyChain(bool interactive = true);
    /// Stops the running verification, export or evidence pack (it then reports cancelled and leaves nothing).
    void cancelJob();
    /// Exports the history the current filter shows to `path` on a worker thread.
    void exportTo(const QString &path, keyturn::AuditExportFormat format, bool interactive = false);
    /// Writes the evidence pack of the UTC days `since` to `until` (both included) into the empty or new `folder`.
    void writeEvidencePack(const QDate &since, const QDate &until, const QString &folder, bool interactive = false);
    /// Asks for the format and the file, then exports.
    void askToExport();
    /// Asks for the period and the folder, then writes the evidence pack.
    void askForEvidencePack();
    /// Goes to the selected event's key, run or notice (one of the three signals below).
    void goToTarget();

Q_SIGNALS:
    void credentialRequested(qint64 credentialId);
    void runRequested(qint64 runId);
    void noticeRequested(qint64 noticeId);
    /// A verification, export or evidence pack finished (`ok` false: it failed or was cancelled).
    void verificationFinished(bool ok);
    void exportFinished(bool ok);
    void evidencePackFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Where "go to" leads for an event.
    struct Target
    {
        enum Kind
        {
            None,
            Credential,
            Run,
            Notice
        } kind = None;
        qint64 id = 0;
    };
    /// What a job on the worker thread reports to the window: polled, never pushed, so the worker never touches a
    /// widget.
    struct JobState
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<int> stage{0};
        std::atomic<bool> cancel{false};
    };
    using JobWork = std::function<void(Database &db, JobState &state)>;

    QLayout *buildFilterBar();
    void buildDetails(QWidget *pane);
    void refillChoices();
    void scheduleFilter();
    void ensureLoaded();
    void selectRow(int row);
    void updateDetails();
    void updateStatus();
    void updateNewer();
    void showMessage(const QString &text, bool error);
    void showVerification(const AuditVerification &verification, qint64 eventId, const QString &recordError);
    Target targetOf(const AuditEvent &event) const;
    /// Runs `work` on a worker thread over its own connection; `finished` runs here afterwards (with the connection's
    /// error when it could not open). `progressText` turns the state into the dialog's label.
    bool startJob(const QString &title, bool interactive, JobWork work,
                  std::function<QString(const JobState &)> progressText,
                  std::function<void(const QString &openError, bool cancelled)> finished);
    void pollJob();
    qint64 headId() const;

    Workspace &m_workspace;
    AuditModel *m_model;
    QCheckBox *m_sinceCheck;
    QDateEdit *m_since;
    QCheckBox *m_untilCheck;
    QDateEdit *m_until;
    QComboBox *m_action;
    QComboBox *m_actor;
    QLineEdit *m_key;
    QSpinBox *m_keyVersion;
    QLineEdit *m_search;
    QPushButton *m_clear;
    QTimer *m_debounce;
    QLabel *m_message;
    QLabel *m_verification;
    QPushButton *m_showBad;
    QSplitter *m_splitter;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_newer;
    QPushButton *m_refresh;
    QPushButton *m_verify;
    QPushButton *m_export;
    QPushButton *m_pack;
    QLabel *m_detailsTitle;
    QFormLayout *m_fields;
    QList<QLabel *> m_fieldValues;
    QPlainTextEdit *m_json;
    QLabel *m_hash;
    QLabel *m_prevHash;
    QPushButton *m_goTo;

    bool m_loaded = false;
    bool m_applying = false;
    qint64 m_loadedHead = -1; ///< the head event when the history was last read
    QString m_countText;

    QThread *m_job = nullptr;
    std::shared_ptr<JobState> m_jobState;
    std::function<QString(const JobState &)> m_jobText;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll;
    std::optional<AuditVerification> m_lastVerification;
    qint64 m_lastVerificationEventId = 0;
    std::optional<AuditExportSummary> m_lastExport;
    std::optional<EvidencePackResult> m_lastPack;
    QString m_lastJobError;
};

} // namespace keyturn
