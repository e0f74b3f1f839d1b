#pragma once

#include "../Result.h"
#include "AuditLog.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace keyturn {

class WorkspaceStore;

/// What to put in an evidence pack.
struct EvidencePackRequest
{
    QDateTime since; ///< the period's start, inclusive (UTC)
    QDateTime until; ///< its end, exclusive
    /// The folder to create. It must not exist, or be an empty folder; it is written under a temporary name beside
    /// it and renamed into place when complete.
    QString folder;
    /// Record the verification the pack runs as an "audit.verified" event (as every verification from the GUI and
    /// keyturnctl is).
    bool recordVerification = true;
};

/// What was written.
struct EvidencePackResult
{
    QString folder;    ///< absolute path
    QStringList files; ///< names inside it, MANIFEST.sha256 last
    AuditVerification verification;
    qint64 verificationEventId = 0; ///< the "audit.verified" event, when recorded
    qint64 events = 0;              ///< events in the period (the export's rows)
    int overdueKeys = 0;            ///< keys overdue at the period's end
};

/// The controls a pack summarises, as their file names say them: SOC2-CC6.1, SOC2-CC8.1, ISO27001-A.5.17,
/// PCI-DSS-3.6-8.3 (each becomes summary-<control>.md).
QStringList evidenceControls();

/// Called between stages ("verify", "export", "summaries", "manifest") and during the long ones with rows done and
/// the total (0 when unknown); returning false cancels, and nothing is left behind.
using EvidenceProgress = std::function<bool(const QString &stage, qint64 done, qint64 total)>;

/// Writes the evidence pack of one period for auditors:
///   audit-events.csv, audit-events.jsonl   the period's events (AuditExport formats), each ending in the chain head
///   summary-<control>.md                    per control: what rotated and when, who approved, notices sent,
///                                           revocations, keys overdue at the period's end
///   verification.json                       the whole chain's verification, with its head
///   README.md                               what each file is and how to check it
///   MANIFEST.sha256                         SHA-256 of every other file, in `sha256sum -c` format
/// Refuses (writing nothing) when the folder exists and is not empty, or the period is empty. A broken chain does
/// not stop the pack: verification.json and the README say so, and the result carries it.
Result<EvidencePackResult> writeEvidencePack(WorkspaceStore &store, const EvidencePackRequest &request,
                                             const EvidenceProgress &progress = {});

} // namespace keyturn
