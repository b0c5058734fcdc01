#pragma once

#include "core/Result.h"
#include "core/backup/BackupCatalog.h"
#include "core/backup/BackupSetup.h"
#include "core/secrets/Redactor.h"
#include "engine/PlanRunner.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThread;

namespace Berth::Cloud {
class S3Client;
class S3DownloadJob;
class S3ListJob;
} // namespace Berth::Cloud

namespace Berth::Engine {

class BackupWorker;
class ProcessInput;

// An S3 client for the bucket a backup accessory writes to, with its keys (GUI thread).
[[nodiscard]] Cloud::S3Client *makeS3Client(QNetworkAccessManager *network,
                                            const Backup::BackupSetup &setup,
                                            QObject *parent = nullptr);
// The prefix backups of `setup` are listed under ("<S3_PREFIX>/").
[[nodiscard]] QString listingPrefix(const Backup::BackupSetup &setup);
// The catalog of a finished listing of listingPrefix(setup) by `client`, or why the listing
// failed ("Could not list <endpoint>: <the S3 error, translated>").
[[nodiscard]] Result<Backup::BackupCatalog> catalogFromListing(const Cloud::S3ListJob &list,
                                                               const Cloud::S3Client &client,
                                                               const Backup::BackupSetup &setup);

// What a database holds, counted by psql: the numbers a restore and a restore drill report.
struct DatabaseCounts
{
    struct Table
    {
        QString schema;
        QString name;
        qint64 rows = 0;
    };
    int schemas = 0; // user schemas (not pg_*, not information_schema)
    QList<Table> tables; // ordinary tables, sorted by schema and name

    [[nodiscard]] qint64 totalRows() const;
    // "2 schemas, 3 tables, 1,204 rows"
    [[nodiscard]] QString summary() const;
    // Sentences naming the tables missing from `actual` or counted differently; empty: equal.
    [[nodiscard]] QStringList differencesFrom(const DatabaseCounts &expected) const;
    // Parses the output of countingSql().
    [[nodiscard]] static DatabaseCounts parse(const QString &psqlOutput);
    // SQL for `psql -A -t` on standard input: one "#schemas|N" line, then "schema|table|rows".
    [[nodiscard]] static QString countingSql();
};

// One backup action on the backup accessory's host: a QObject facade that lives on the
// thread that created it (the GUI thread) and runs its SSH work on a worker thread it owns,
// with one SSH session of its own. Cancellable at any time: cancel() sets a flag the worker
// checks between commands and while a command streams; the destructor cancels and waits.
// Output is redacted (S3 keys, passwords, the passphrase) before it leaves the worker.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { NotStarted, Running, Success, Failed, Cancelled };

    ~BackupJob() override;

    void start();
    void cancel();

    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] bool isRunning() const { return m_outcome == Outcome::Running; }
    [[nodiscard]] const Error &error() const { return m_error; } // Failed/Cancelled
    [[nodiscard]] QString summary() const { return m_summary; } // one sentence, on Success
    [[nodiscard]] QString log() const { return m_log; } // everything printed, redacted

Q_SIGNALS:
    void progressChanged(int percent, const QString &step);
    void outputReceived(const QString &text);
    void finished();

protected:
    BackupJob(Backup::BackupSetup setup, PlanRunner::Connector connect, QObject *parent);

    // Runs on the worker thread; returns the summary sentence or the failure.
    virtual Result<QString> run(BackupWorker &worker) = 0;
    // Cancels and waits for the worker. Every subclass calls it in its destructor: the worker
    // runs the subclass's run() and writes its members, so it must stop before they go.
    void stopAndWait();

    const Backup::BackupSetup m_setup;

private:
    void finishWith(const Result<QString> &result, bool cancelled);

    PlanRunner::Connector m_connect;
    Secrets::Redactor m_redactor;
    std::atomic_bool m_cancel {false};
    std::unique_ptr<QThread> m_thread;
    Outcome m_outcome = Outcome::NotStarted;
    Error m_error;
    QString m_summary;
    QString m_log;
};

// `docker exec <backup container> sh backup.sh`: one backup now, as the schedule would.
class BackupNowJob : public BackupJob
{
    Q_OBJECT

public:
    BackupNowJob(Backup::BackupSetup setup, PlanRunner::Connector connect,
                 QObject *parent = nullptr);
    ~BackupNowJob() override;

    [[nodiscard]] QString uploadedKey() const { return m_uploadedKey; } // after Success

protected:
    Result<QString> run(BackupWorker &worker) override;

private:
    QString m_uploadedKey; // written by the worker before finished()
};

// Options of a restore drill: where the throwaway database runs and what it is called.
struct DrillOptions
{
    QString namePrefix = QStringLiteral("berth-drill"); // container and network names
    std::chrono::seconds readyTimeout {90};
};

// Restore drill: the backup restored into a throwaway Postgres container on an isolated
// (internal) Docker network on the backup accessory's host, counted, and removed — whatever
// happens, including cancel. Proves that the object downloads, decrypts and restores.
class VerifyJob : public BackupJob
{
    Q_OBJECT

public:
    VerifyJob(Backup::BackupSetup setup, Backup::BackupEntry backup, PlanRunner::Connector connect,
              DrillOptions options = {}, QObject *parent = nullptr);
    ~VerifyJob() override;

    [[nodiscard]] const DatabaseCounts &counts() const { return m_counts; } // after Success
    [[nodiscard]] const Backup::BackupEntry &backup() const { return m_backup; }

    // The drill itself, for RestoreJob: fills `counts`.
    static Result<void> drill(BackupWorker &worker, const Backup::BackupSetup &setup,
                              const Backup::BackupEntry &backup, const DrillOptions &options,
                              DatabaseCounts *counts, int progressFrom, int progressTo);

protected:
    Result<QString> run(BackupWorker &worker) override;

private:
    const Backup::BackupEntry m_backup;
    const DrillOptions m_options;
    DatabaseCounts m_counts;
};

// Restore over the live database, carefully: a drill of the backup first (it must restore
// cleanly before anything is dropped), then a safety backup of the current data, then
// `restore.sh <timestamp>`, then an independent check that Postgres is up and holds what the
// drill counted — restore.sh exits 0 even when pg_restore fails.
class RestoreJob : public BackupJob
{
    Q_OBJECT

public:
    RestoreJob(Backup::BackupSetup setup, Backup::BackupEntry backup, PlanRunner::Connector connect,
               DrillOptions options = {}, QObject *parent = nullptr);
    ~RestoreJob() override;

    [[nodiscard]] QString safetyBackupKey() const { return m_safetyKey; } // once taken
    [[nodiscard]] const DatabaseCounts &expected() const { return m_expected; }
    [[nodiscard]] const DatabaseCounts &restored() const { return m_restored; }

protected:
    Result<QString> run(BackupWorker &worker) override;

private:
    const Backup::BackupEntry m_backup;
    const DrillOptions m_options;
    QString m_safetyKey;
    DatabaseCounts m_expected;
    DatabaseCounts m_restored;
};

// Download a backup to a local file, and decrypt it with the local gpg when asked: the
// passphrase goes to gpg on a pipe (--passphrase-fd 0), never on a command line or on disk,
// and gpg-agent is told not to cache it. Lives on the GUI thread (QNetworkAccessManager and
// QProcess are asynchronous there); the encrypted download is removed after decrypting.
class DownloadJob : public QObject
{
    Q_OBJECT

public:
    // `targetPath` is the final file: the .dump (decrypt) or the object as stored.
    DownloadJob(Cloud::S3Client *client, Backup::BackupEntry backup, QString targetPath,
                std::optional<QString> passphrase, QObject *parent = nullptr);
    ~DownloadJob() override;

    void start();
    void cancel();

    [[nodiscard]] BackupJob::Outcome outcome() const { return m_outcome; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] QString targetPath() const { return m_targetPath; }

    // The gpg program (tests and Windows installs may point elsewhere).
    static void setGpgProgram(const QString &program);
    // The file name to save `backup` as: the object's name, with ':' (not allowed on Windows)
    // as '-', and without ".gpg" when it is decrypted.
    [[nodiscard]] static QString fileNameFor(const Backup::BackupEntry &backup, bool decrypt);

Q_SIGNALS:
    void progressChanged(int percent, const QString &step);
    void finished();

private:
    void startDownload(QIODevice *sink);
    void onDownloaded();
    void startGpg();
    void onGpgFinished(int exitCode, QProcess::ExitStatus status);
    void stopGpg();
    [[nodiscard]] static Error noGpgError();
    [[nodiscard]] QString partialPath() const; // gpg's output until it succeeded
    void finishWith(BackupJob::Outcome outcome, const Error &error = {});

    QPointer<Cloud::S3Client> m_client;
    const Backup::BackupEntry m_backup;
    const QString m_targetPath;
    std::optional<QString> m_passphrase;
    bool m_decrypting = false;
    bool m_downloaded = false; // the whole object was handed to gpg
    QPointer<Cloud::S3DownloadJob> m_download;
    QProcess *m_gpg = nullptr;
    std::unique_ptr<ProcessInput> m_gpgInput; // gpg's standard input
    BackupJob::Outcome m_outcome = BackupJob::Outcome::NotStarted;
    Error m_error;
};

} // namespace Berth::Engine
