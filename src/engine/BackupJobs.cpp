#include "engine/BackupJobs.h"

#include "cloud/S3Client.h"
#include "engine/ProcessInput.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <chrono>
#include <thread>

Q_LOGGING_CATEGORY(lcBackup, "berth.engine.backup")

namespace Berth::Engine {

namespace {

QString gpgProgram = QStringLiteral("gpg"); // NOLINT(cert-err58-cpp): set by tests only

// POSIX single quoting for the remote shell: the only quoting the SSH boundary needs.
QString quote(const QString &token)
{
    QString quoted = token;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffULL, 16);
}

// Lines restore.sh and backup.sh print when something failed but the script went on.
QStringList failureLines(const QString &output)
{
    static const QRegularExpression marker(
        QStringLiteral("(pg_restore: error|pg_dump: error|gpg: decryption failed|fatal error|"
                       "An error occurred|could not|No such file|not set|You need to set)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    const QStringList all = output.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (marker.match(line).hasMatch())
            lines << line.trimmed();
    }
    return lines;
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupJob)
};

} // namespace

// The worker thread's view of a job: its SSH session, the cancel flag and the ways back to
// the job (output and progress are posted to the job's thread).
class BackupWorker
{
public:
    BackupWorker(Ssh::Session &session, const std::atomic_bool &cancel,
                 const Secrets::Redactor &redactor, std::function<void(const QString &)> output,
                 std::function<void(int, const QString &)> progress)
        : m_session(session)
        , m_cancel(cancel)
        , m_redactor(redactor)
        , m_output(std::move(output))
        , m_progress(std::move(progress))
    { }

    [[nodiscard]] bool cancelled() const { return m_cancel.load(); }
    void progress(int percent, const QString &step)
    {
        m_progress(percent, step);
        say(QStringLiteral("== %1").arg(step));
    }
    void say(const QString &line) { m_output(m_redactor.redact(line) + QLatin1Char('\n')); }

    // Runs a remote command, streaming its output (redacted). `quiet` keeps the output out
    // of the log (for machine-read output such as counts).
    Result<Ssh::ExecResult> exec(const QString &command, const QByteArray &standardInput = {},
                                 bool quiet = false)
    {
        if (cancelled())
            return fail(QStringLiteral("backup.cancelled"), Text::tr("Cancelled."));
        return run(command, standardInput, quiet, &m_cancel);
    }

    // The same, deaf to cancel: for cleanup, and for steps that must not stop halfway.
    Result<Ssh::ExecResult> execAlways(const QString &command)
    {
        static const std::atomic_bool never {false};
        return run(command, {}, false, &never);
    }

    // Sleeps in small steps so a cancel is seen at once.
    bool pause(std::chrono::milliseconds duration) const
    {
        for (auto slept = std::chrono::milliseconds(0); slept < duration;
             slept += std::chrono::milliseconds(100)) {
            if (cancelled())
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return !cancelled();
    }

    [[nodiscard]] QString redact(const QString &text) const { return m_redactor.redact(text); }

private:
    Result<Ssh::ExecResult> run(const QString &command, const QByteArray &standardInput, bool quiet,
                                const std::atomic_bool *cancel)
    {
        m_output(QStringLiteral("$ %1\n").arg(m_redactor.redact(command)));
        Secrets::StreamRedactor stream(m_redactor);
        Ssh::ExecOptions options;
        options.cancelRequested = cancel;
        // pg_dump and pg_restore print nothing while they work, for hours on a big database:
        // the timeout is only the guard against a host that dropped off the network (which
        // never sends EOF). Machine-read probes and counts are short.
        options.inactivityTimeout = quiet ? std::chrono::minutes(30) : std::chrono::hours(6);
        options.standardInput = standardInput;
        if (!quiet) {
            options.onOutput = [this, &stream](Ssh::Stream, const QByteArray &chunk) {
                const QString text = stream.feed(QString::fromUtf8(chunk));
                if (!text.isEmpty())
                    m_output(text);
            };
        }
        auto result = m_session.exec(command, options);
        if (!quiet) {
            const QString rest = stream.flush();
            if (!rest.isEmpty())
                m_output(rest);
        }
        if (!result && cancel == &m_cancel && cancelled())
            return fail(QStringLiteral("backup.cancelled"), Text::tr("Cancelled."));
        return result;
    }

    Ssh::Session &m_session;
    const std::atomic_bool &m_cancel;
    const Secrets::Redactor &m_redactor;
    std::function<void(const QString &)> m_output;
    std::function<void(int, const QString &)> m_progress;
};

Cloud::S3Client *makeS3Client(QNetworkAccessManager *network, const Backup::BackupSetup &setup,
                              QObject *parent)
{
    Cloud::S3Location location;
    location.endpoint = QUrl(setup.s3Endpoint);
    location.region = setup.s3Region;
    location.bucket = setup.s3Bucket;
    return new Cloud::S3Client(network, location,
                               {setup.s3AccessKeyId, setup.s3SecretAccessKey, {}}, {}, parent);
}

QString listingPrefix(const Backup::BackupSetup &setup)
{
    return setup.s3Prefix + QLatin1Char('/');
}

Result<Backup::BackupCatalog> catalogFromListing(const Cloud::S3ListJob &list,
                                                 const Cloud::S3Client &client,
                                                 const Backup::BackupSetup &setup)
{
    if (!list.succeeded())
        return fail(
            list.error().code,
            Text::tr("Could not list %1: %2").arg(client.endpointName(), list.error().message),
            list.error().detail);
    QList<Backup::StoredObject> objects;
    objects.reserve(list.objects().size());
    for (const Cloud::S3Object &object : list.objects())
        objects.append({object.key, object.size, object.lastModified});
    return Backup::BackupCatalog(objects, setup.s3Prefix);
}

// ---- DatabaseCounts -------------------------------------------------------------------------

qint64 DatabaseCounts::totalRows() const
{
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;
    return total;
}

QString DatabaseCounts::summary() const
{
    return Text::tr("%n schema(s)", nullptr, schemas) + QStringLiteral(", ")
        + Text::tr("%n table(s)", nullptr, int(tables.size())) + QStringLiteral(", ")
        + Text::tr("%1 rows").arg(QLocale().toString(totalRows()));
}

QStringList DatabaseCounts::differencesFrom(const DatabaseCounts &expected) const
{
    QStringList differences;
    QHash<QString, qint64> mine;
    for (const Table &table : tables)
        mine.insert(table.schema + QLatin1Char('.') + table.name, table.rows);
    for (const Table &table : expected.tables) {
        const QString name = table.schema + QLatin1Char('.') + table.name;
        if (!mine.contains(name))
            differences << Text::tr("Table %1 is missing.").arg(name);
        else if (mine.value(name) != table.rows)
            differences << Text::tr("Table %1 has %2 rows; the backup has %3.")
                               .arg(name)
                               .arg(mine.value(name))
                               .arg(table.rows);
    }
    return differences;
}

DatabaseCounts DatabaseCounts::parse(const QString &psqlOutput)
{
    DatabaseCounts counts;
    const QStringList lines = psqlOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.trimmed().split(QLatin1Char('|'));
        if (fields.size() == 2 && fields.constFirst() == QLatin1String("#schemas"))
            counts.schemas = fields.at(1).toInt();
        else if (fields.size() == 3)
            counts.tables.append({fields.at(0), fields.at(1), fields.at(2).toLongLong()});
    }
    return counts;
}

QString DatabaseCounts::countingSql()
{
    // Exact counts (not pg_class.reltuples estimates): query_to_xml runs one count(*) per
    // table inside a single statement, so no PL/pgSQL or temporary function is needed.
    return QStringLiteral(
        "SELECT '#schemas|' || count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
        "AND nspname <> 'information_schema';\n"
        "SELECT n.nspname || '|' || c.relname || '|' || "
        "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', "
        "n.nspname, c.relname), false, true, '')))[1]::text "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT LIKE 'pg\\_%' "
        "AND n.nspname <> 'information_schema' ORDER BY n.nspname, c.relname;\n");
}

// ---- BackupJob --------------------------------------------------------------------------------

BackupJob::BackupJob(Backup::BackupSetup setup, PlanRunner::Connector connect, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_connect(std::move(connect))
    , m_redactor(m_setup.secretValues())
{ }

BackupJob::~BackupJob()
{
    stopAndWait();
}

void BackupJob::stopAndWait()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void BackupJob::start()
{
    if (m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Running;
    // The worker never touches `this` directly except through queued invocations, the
    // setup (immutable) and the atomic cancel flag; `this` outlives it (the destructor waits).
    m_thread.reset(QThread::create([this] {
        const auto output = [this](const QString &text) {
            QMetaObject::invokeMethod(
                this,
                [this, text] {
                    m_log += text;
                    Q_EMIT outputReceived(text);
                },
                Qt::QueuedConnection);
        };
        const auto progress = [this](int percent, const QString &step) {
            QMetaObject::invokeMethod(
                this, [this, percent, step] { Q_EMIT progressChanged(percent, step); },
                Qt::QueuedConnection);
        };
        Result<QString> result = fail(QStringLiteral("backup.cancelled"), Text::tr("Cancelled."));
        if (!m_cancel) {
            progress(0, Text::tr("Connecting to %1").arg(m_setup.host));
            auto session = m_connect(m_setup.host);
            if (!session) {
                result = unexpected(session.error());
            } else {
                BackupWorker worker(**session, m_cancel, m_redactor, output, progress);
                result = run(worker);
            }
        }
        const bool cancelled = m_cancel.load();
        QMetaObject::invokeMethod(
            this, [this, result, cancelled] { finishWith(result, cancelled); },
            Qt::QueuedConnection);
    }));
    m_thread->start();
}

void BackupJob::cancel()
{
    m_cancel = true;
}

void BackupJob::finishWith(const Result<QString> &result, bool cancelled)
{
    if (m_thread)
        m_thread->wait();
    if (result) {
        m_outcome = Outcome::Success;
        m_summary = result.value();
        Q_EMIT progressChanged(100, m_summary);
    } else {
        m_outcome = cancelled ? Outcome::Cancelled : Outcome::Failed;
        m_error = result.error();
        m_error.message = m_redactor.redact(m_error.message);
        m_error.detail = m_redactor.redact(m_error.detail);
        qCInfo(lcBackup) << "backup job failed:" << m_error.code << m_error.message;
    }
    Q_EMIT finished();
}

// ---- Back up now ------------------------------------------------------------------------------

namespace {

// `sh backup.sh` in the backup container; the key the object was uploaded to.
Result<QString> takeBackup(BackupWorker &worker, const Backup::BackupSetup &setup)
{
    auto exec = worker.exec(
        QStringLiteral("docker exec %1 sh backup.sh").arg(quote(setup.containerName)));
    if (!exec)
        return unexpected(exec.error());
    const QString output = QString::fromUtf8(exec->standardOutput + exec->standardError);
    if (exec->exitStatus != 0) {
        const QStringList reasons = failureLines(output);
        return fail(QStringLiteral("backup.failed"),
                    Text::tr("The backup failed on %1 (backup.sh exited with status %2).")
                        .arg(setup.host)
                        .arg(exec->exitStatus),
                    worker.redact(reasons.isEmpty() ? output.right(2000) : reasons.join(u'\n')));
    }
    // aws-cli reports "upload: ./db.dump.gpg to s3://bucket/prefix/db_<timestamp>.dump.gpg".
    static const QRegularExpression upload(QStringLiteral("upload: \\S+ to s3://[^/\\s]+/(\\S+)"));
    const QRegularExpressionMatch match = upload.match(output);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

BackupNowJob::BackupNowJob(Backup::BackupSetup setup, PlanRunner::Connector connect,
                           QObject *parent)
    : BackupJob(std::move(setup), std::move(connect), parent)
{ }

BackupNowJob::~BackupNowJob()
{
    stopAndWait();
}

Result<QString> BackupNowJob::run(BackupWorker &worker)
{
    worker.progress(10, Text::tr("Backing up %1 on %2").arg(m_setup.database, m_setup.host));
    auto key = takeBackup(worker, m_setup);
    if (!key)
        return unexpected(key.error());
    m_uploadedKey = *key;
    return key->isEmpty() ? Text::tr("Backup of %1 complete.").arg(m_setup.database)
                          : Text::tr("Backup of %1 complete: %2.").arg(m_setup.database, *key);
}

// ---- Verify (restore drill) ------------------------------------------------------------------

namespace {

// Counts what a database holds with psql inside `container` (the SQL goes on stdin, so no
// quoting of it; the password, if one is needed, is the container's own variable).
Result<DatabaseCounts> countDatabase(BackupWorker &worker, const QString &container,
                                     const QString &user, const QString &database)
{
    const QString command
        = QStringLiteral("docker exec -i %1 sh -c %2 sh %3 %4")
              .arg(quote(container),
                   quote(QStringLiteral("PGPASSWORD=\"${POSTGRES_PASSWORD:-}\" psql -X -q -A -t "
                                        "-v ON_ERROR_STOP=1 -U \"$1\" -d \"$2\"")),
                   quote(user), quote(database));
    auto exec = worker.exec(command, DatabaseCounts::countingSql().toUtf8(), true);
    if (!exec)
        return unexpected(exec.error());
    if (exec->exitStatus != 0)
        return fail(QStringLiteral("backup.count-failed"),
                    Text::tr("Could not count the tables of %1 in %2.").arg(database, container),
                    worker.redact(QString::fromUtf8(exec->standardError).trimmed()));
    return DatabaseCounts::parse(QString::fromUtf8(exec->standardOutput));
}

} // namespace

VerifyJob::VerifyJob(Backup::BackupSetup setup, Backup::BackupEntry backup,
                     PlanRunner::Connector connect, DrillOptions options, QObject *parent)
    : BackupJob(std::move(setup), std::move(connect), parent)
    , m_backup(std::move(backup))
    , m_options(std::move(options))
{ }

VerifyJob::~VerifyJob()
{
    stopAndWait();
}

Result<QString> VerifyJob::run(BackupWorker &worker)
{
    DatabaseCounts counts;
    if (auto drilled = drill(worker, m_setup, m_backup, m_options, &counts, 5, 100); !drilled)
        return unexpected(drilled.error());
    m_counts = counts;
    return Text::tr("The backup of %1 from %2 restores cleanly: %3.")
        .arg(m_backup.database, m_backup.timestamp, counts.summary());
}

Result<void> VerifyJob::drill(BackupWorker &worker, const Backup::BackupSetup &setup,
                              const Backup::BackupEntry &backup, const DrillOptions &options,
                              DatabaseCounts *counts, int progressFrom, int progressTo)
{
    if (setup.postgresImage.isEmpty())
        return fail(QStringLiteral("backup.no-postgres"),
                    Text::tr("A restore drill needs the Postgres accessory's image, and "
                             "POSTGRES_HOST (“%1”) names no accessory.")
                        .arg(setup.postgresHost));
    if (backup.encrypted && !setup.encrypted())
        return fail(QStringLiteral("backup.no-passphrase"),
                    Text::tr("This backup is encrypted, but the accessory has no PASSPHRASE."));
    const auto at = [&](int step, int steps) {
        return progressFrom + (progressTo - progressFrom) * step / steps;
    };
    const QString name = QStringLiteral("%1-%2").arg(options.namePrefix, randomSuffix());
    const QString dumpFile = QStringLiteral("/tmp/%1.dump").arg(name);
    const QString container = quote(name);
    const QString backupContainer = quote(setup.containerName);

    // Cleanup runs whatever happened (cancel included): a drill never leaves a container,
    // a network or a decrypted dump behind.
    const QString cleanup = QStringLiteral("docker rm -f %1 >/dev/null 2>&1; docker network rm "
                                           "%1 >/dev/null 2>&1; docker exec %2 rm -f %3; true")
                                .arg(container, backupContainer, quote(dumpFile));

    const auto body = [&]() -> Result<void> {
        worker.progress(at(0, 10), Text::tr("Starting a throwaway Postgres (%1)").arg(name));
        // Deaf to cancel: a `docker run` cut off mid-way still creates its container on the
        // server, after the cleanup would have looked for it.
        if (worker.cancelled())
            return fail(QStringLiteral("backup.cancelled"), Text::tr("Cancelled."));
        auto created = worker.execAlways(
            QStringLiteral("docker network create --internal %1 >/dev/null && docker run --detach "
                           "--name %1 --network %1 --label berth.drill=true --env "
                           "POSTGRES_HOST_AUTH_METHOD=trust %2")
                .arg(container, quote(setup.postgresImage)));
        if (!created)
            return unexpected(created.error());
        if (created->exitStatus != 0)
            return fail(QStringLiteral("backup.drill-start"),
                        Text::tr("Could not start a throwaway Postgres from %1 on %2.")
                            .arg(setup.postgresImage, setup.host),
                        QString::fromUtf8(created->standardError).trimmed());

        worker.progress(at(2, 10), Text::tr("Fetching and decrypting %1").arg(backup.key));
        // In the backup container, which has the S3 credentials and the passphrase: the
        // passphrase reaches gpg on a pipe from the container's own variable.
        const QString fetch = QStringLiteral(
            "cd / && . ./env.sh >/dev/null && aws $aws_args s3 cp --only-show-errors "
            "\"s3://$S3_BUCKET/$1\" \"$2.download\" || exit 3; case \"$1\" in *.gpg) "
            "printf '%s\\n' \"$PASSPHRASE\" | gpg --batch --yes --quiet --pinentry-mode loopback "
            "--no-symkey-cache --passphrase-fd 0 --output \"$2\" --decrypt \"$2.download\"; s=$?; "
            "rm -f \"$2.download\"; [ $s -eq 0 ] || exit 4;; *) mv \"$2.download\" \"$2\";; esac");
        auto fetched = worker.exec(
            QStringLiteral("docker exec %1 sh -c %2 sh %3 %4")
                .arg(backupContainer, quote(fetch), quote(backup.key), quote(dumpFile)));
        if (!fetched)
            return unexpected(fetched.error());
        if (fetched->exitStatus == 4)
            return fail(QStringLiteral("backup.decrypt-failed"),
                        Text::tr("The backup could not be decrypted with the accessory's "
                                 "PASSPHRASE: it was encrypted with another passphrase, or it is "
                                 "damaged."),
                        QString::fromUtf8(fetched->standardError).trimmed());
        if (fetched->exitStatus != 0)
            return fail(
                QStringLiteral("backup.fetch-failed"),
                Text::tr("Could not download %1 inside the backup container.").arg(backup.key),
                QString::fromUtf8(fetched->standardOutput + fetched->standardError).trimmed());

        worker.progress(at(4, 10), Text::tr("Waiting for the throwaway Postgres"));
        // TCP, not the socket: the image's init runs a socket-only server first.
        bool ready = false;
        for (auto waited = std::chrono::seconds(0); waited < options.readyTimeout;
             waited += std::chrono::seconds(1)) {
            auto probe = worker.exec(
                QStringLiteral("docker exec %1 pg_isready -q -h 127.0.0.1 -U postgres")
                    .arg(container),
                {}, true);
            if (!probe)
                return unexpected(probe.error());
            if (probe->exitStatus == 0) {
                ready = true;
                break;
            }
            if (!worker.pause(std::chrono::seconds(1)))
                return fail(QStringLiteral("backup.cancelled"), Text::tr("Cancelled."));
        }
        if (!ready)
            return fail(QStringLiteral("backup.drill-timeout"),
                        Text::tr("The throwaway Postgres did not start within %n second(s).",
                                 nullptr, int(options.readyTimeout.count())));

        worker.progress(at(5, 10), Text::tr("Restoring into the throwaway Postgres"));
        auto restored = worker.exec(
            QStringLiteral("docker exec %1 cat %2 | docker exec -i %3 pg_restore -U postgres -d "
                           "postgres --no-owner --no-privileges")
                .arg(backupContainer, quote(dumpFile), container));
        if (!restored)
            return unexpected(restored.error());
        if (restored->exitStatus != 0)
            return fail(QStringLiteral("backup.drill-restore"),
                        Text::tr("pg_restore reported errors: the backup does not restore "
                                 "cleanly."),
                        QString::fromUtf8(restored->standardError).trimmed());

        worker.progress(at(8, 10), Text::tr("Counting schemas, tables and rows"));
        auto counted
            = countDatabase(worker, name, QStringLiteral("postgres"), QStringLiteral("postgres"));
        if (!counted)
            return unexpected(counted.error());
        *counts = *counted;
        worker.say(Text::tr("The drill restored %1.").arg(counts->summary()));
        return {};
    };

    Result<void> result = body();
    worker.progress(at(9, 10), Text::tr("Removing the drill container"));
    if (worker.cancelled())
        worker.say(Text::tr("Cancelled; removing the drill container."));
    auto removed = worker.execAlways(cleanup);
    if (!removed)
        worker.say(Text::tr("Could not remove %1 on %2: remove it by hand (docker rm -f %1).")
                       .arg(name, setup.host));
    return result;
}

// ---- Restore ------------------------------------------------------------------------------------

RestoreJob::RestoreJob(Backup::BackupSetup setup, Backup::BackupEntry backup,
                       PlanRunner::Connector connect, DrillOptions options, QObject *parent)
    : BackupJob(std::move(setup), std::move(connect), parent)
    , m_backup(std::move(backup))
    , m_options(std::move(options))
{ }

RestoreJob::~RestoreJob()
{
    stopAndWait();
}

Result<QString> RestoreJob::run(BackupWorker &worker)
{
    if (m_setup.postgresContainerName.isEmpty())
        return fail(QStringLiteral("backup.no-postgres"),
                    Text::tr("Berth restores only when it can check the result, and "
                             "POSTGRES_HOST (“%1”) names no Postgres accessory.")
                        .arg(m_setup.postgresHost));
    if (m_backup.encrypted != m_setup.encrypted())
        return fail(QStringLiteral("backup.kind-mismatch"),
                    m_backup.encrypted
                        ? Text::tr("This backup is encrypted, but the accessory has no "
                                   "PASSPHRASE: restore.sh would look for an unencrypted file.")
                        : Text::tr("This backup is not encrypted, but the accessory has a "
                                   "PASSPHRASE: restore.sh would look for a .gpg file."));

    worker.progress(2, Text::tr("Checking that Postgres is up"));
    auto before = countDatabase(worker, m_setup.postgresContainerName, m_setup.postgresUser,
                                m_setup.database);
    if (!before)
        return unexpected(before.error());
    worker.say(Text::tr("%1 holds %2 now.").arg(m_setup.database, before->summary()));

    // The drill first: nothing is dropped unless the backup restores cleanly somewhere else.
    DatabaseCounts expected;
    if (auto drilled = VerifyJob::drill(worker, m_setup, m_backup, m_options, &expected, 5, 45);
        !drilled) {
        Error error = drilled.error();
        if (error.code != QLatin1String("backup.cancelled"))
            error.message = Text::tr("Nothing was restored: the backup failed its restore "
                                     "drill. %1")
                                .arg(error.message);
        return unexpected(error);
    }
    m_expected = expected;

    worker.progress(50, Text::tr("Taking a safety backup of %1").arg(m_setup.database));
    auto safety = takeBackup(worker, m_setup);
    if (!safety) {
        Error error = safety.error();
        if (error.code != QLatin1String("backup.cancelled"))
            error.message
                = Text::tr("Nothing was restored: the safety backup failed. %1").arg(error.message);
        return unexpected(error);
    }
    m_safetyKey = *safety;
    worker.say(Text::tr("Safety backup: %1").arg(m_safetyKey));

    if (worker.cancelled())
        return fail(QStringLiteral("backup.cancelled"), Text::tr("Cancelled before restoring."));
    worker.progress(65, Text::tr("Restoring %1 from %2").arg(m_setup.database, m_backup.timestamp));
    // From here on a cancel is not offered to the script: stopping pg_restore halfway would
    // leave a half-dropped database. The job waits for it and checks.
    auto restored
        = worker.execAlways(QStringLiteral("docker exec %1 sh restore.sh %2")
                                .arg(quote(m_setup.containerName), quote(m_backup.timestamp)));
    if (!restored)
        return unexpected(restored.error());
    const QString output = QString::fromUtf8(restored->standardOutput + restored->standardError);
    const QStringList failures = failureLines(output);

    worker.progress(90, Text::tr("Checking the restored database"));
    auto after = worker.execAlways(
        QStringLiteral("docker exec %1 pg_isready -q -U %2")
            .arg(quote(m_setup.postgresContainerName), quote(m_setup.postgresUser)));
    if (!after || after->exitStatus != 0)
        return fail(QStringLiteral("backup.postgres-down"),
                    Text::tr("Postgres (%1) does not answer after the restore. The safety "
                             "backup is %2.")
                        .arg(m_setup.postgresContainerName, m_safetyKey));
    auto counted = countDatabase(worker, m_setup.postgresContainerName, m_setup.postgresUser,
                                 m_setup.database);
    if (!counted)
        return unexpected(counted.error());
    m_restored = *counted;
    const QStringList differences = m_restored.differencesFrom(m_expected);
    if (restored->exitStatus != 0 || !failures.isEmpty() || !differences.isEmpty()
        || !output.contains(QLatin1String("Restore complete."))) {
        return fail(QStringLiteral("backup.restore-failed"),
                    Text::tr("The restore of %1 did not complete: the database does not hold "
                             "what the backup holds. The safety backup taken before is %2.")
                        .arg(m_setup.database, m_safetyKey),
                    worker.redact((failures + differences).join(QLatin1Char('\n'))));
    }
    return Text::tr("%1 restored from %2 (%3). Safety backup of the previous data: %4.")
        .arg(m_setup.database, m_backup.timestamp, m_restored.summary(), m_safetyKey);
}

// ---- Download ----------------------------------------------------------------------------------

void DownloadJob::setGpgProgram(const QString &program)
{
    gpgProgram = program;
}

QString DownloadJob::fileNameFor(const Backup::BackupEntry &backup, bool decrypt)
{
    QString name
        = backup.key.section(QLatin1Char('/'), -1).replace(QLatin1Char(':'), QLatin1Char('-'));
    if (decrypt && backup.encrypted && name.endsWith(QLatin1String(".gpg")))
        name.chop(4);
    return name;
}

DownloadJob::DownloadJob(Cloud::S3Client *client, Backup::BackupEntry backup, QString targetPath,
                         std::optional<QString> passphrase, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_backup(std::move(backup))
    , m_targetPath(std::move(targetPath))
    , m_passphrase(std::move(passphrase))
{ }

DownloadJob::~DownloadJob()
{
    if (m_download)
        m_download->cancel();
    stopGpg();
    if (m_outcome == BackupJob::Outcome::Running && m_decrypting)
        QFile::remove(partialPath());
}

QString DownloadJob::partialPath() const
{
    return m_targetPath + QStringLiteral(".part");
}

void DownloadJob::start()
{
    if (m_outcome != BackupJob::Outcome::NotStarted || !m_client)
        return;
    m_outcome = BackupJob::Outcome::Running;
    m_decrypting = m_backup.encrypted && m_passphrase.has_value();
    Q_EMIT progressChanged(0, tr("Downloading %1").arg(m_backup.key));
    if (m_decrypting) {
        // Decrypted as it arrives: gpg reads the passphrase line, then the object, from its
        // standard input; the encrypted file never touches the disk, and the whole takes
        // about as long as gpg alone.
        startGpg();
        return;
    }
    startDownload(nullptr);
}

void DownloadJob::startDownload(QIODevice *sink)
{
    m_download = sink ? m_client->download(m_backup.key, sink)
                      : m_client->download(m_backup.key, m_targetPath);
    connect(m_download, &Cloud::S3DownloadJob::progressChanged, this,
            [this](qint64 received, qint64 total) {
                const qint64 size = total > 0 ? total : m_backup.size;
                if (size > 0)
                    Q_EMIT progressChanged(
                        int(received * 100 / size),
                        (m_decrypting ? tr("Downloading and decrypting %1") : tr("Downloading %1"))
                            .arg(m_backup.key));
            });
    connect(m_download, &Cloud::S3Job::finished, this, &DownloadJob::onDownloaded);
}

void DownloadJob::cancel()
{
    if (m_outcome != BackupJob::Outcome::Running)
        return;
    if (m_download)
        m_download->cancel(); // finishes it with an error: onDownloaded reports Cancelled
    if (m_gpg) {
        stopGpg();
        QFile::remove(partialPath());
        finishWith(BackupJob::Outcome::Cancelled,
                   {QStringLiteral("backup.cancelled"), tr("Cancelled."), {}});
    }
}

void DownloadJob::onDownloaded()
{
    Cloud::S3DownloadJob *download = m_download;
    m_download = nullptr;
    if (!download || m_outcome != BackupJob::Outcome::Running)
        return;
    download->deleteLater();
    if (!download->succeeded()) {
        const Error error = download->error();
        if (m_gpg && error.code == QLatin1String("s3.sink")) {
            // gpg stopped taking the object (a wrong passphrase): what it says is the reason.
            m_gpgInput->close();
            return;
        }
        stopGpg();
        if (m_decrypting)
            QFile::remove(partialPath());
        finishWith(error.code.contains(QLatin1String("cancel")) ? BackupJob::Outcome::Cancelled
                                                                : BackupJob::Outcome::Failed,
                   error);
        return;
    }
    if (!m_decrypting) {
        finishWith(BackupJob::Outcome::Success);
        return;
    }
    // All of it is with gpg now: end its input and wait for it to finish.
    m_downloaded = true;
    if (m_gpg)
        m_gpgInput->close();
}

void DownloadJob::stopGpg()
{
    if (!m_gpg)
        return;
    m_gpg->disconnect(this);
    m_gpg->kill();
    m_gpg->waitForFinished(3000);
    m_gpg->deleteLater();
    m_gpg = nullptr;
    m_gpgInput.reset();
}

Error DownloadJob::noGpgError()
{
    return {QStringLiteral("backup.no-gpg"),
            tr("GnuPG (gpg) is not installed, so the backup cannot be decrypted here. Install "
               "GnuPG, or download the encrypted file."),
            {}};
}

void DownloadJob::startGpg()
{
    QFile::remove(partialPath());
    // Looked for first: QProcess (Qt 6.4) leaks a pipe each time a program fails to start.
    const QString program = QFileInfo(gpgProgram).isAbsolute()
        ? gpgProgram
        : QStandardPaths::findExecutable(gpgProgram);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        QMetaObject::invokeMethod(
            this, [this] { finishWith(BackupJob::Outcome::Failed, noGpgError()); },
            Qt::QueuedConnection);
        return;
    }
    m_gpg = new QProcess(this);
    // --passphrase-fd 0: the passphrase is the first line of standard input, never on a
    // command line; the object follows on the same input. No agent caching, so a wrong
    // passphrase is never masked by an earlier right one.
    m_gpg->setProgram(program);
    m_gpg->setArguments({QStringLiteral("--batch"), QStringLiteral("--yes"),
                         QStringLiteral("--quiet"), QStringLiteral("--pinentry-mode"),
                         QStringLiteral("loopback"), QStringLiteral("--no-symkey-cache"),
                         QStringLiteral("--passphrase-fd"), QStringLiteral("0"),
                         QStringLiteral("--output"), partialPath(), QStringLiteral("--decrypt")});
    connect(m_gpg, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        stopGpg();
        finishWith(BackupJob::Outcome::Failed, noGpgError());
    });
    connect(m_gpg, &QProcess::finished, this, &DownloadJob::onGpgFinished);
    m_gpgInput = std::make_unique<ProcessInput>(m_gpg);
    // The download starts once gpg runs, without waiting for it here (this is the GUI thread).
    connect(m_gpg, &QProcess::started, this, [this] {
        QIODevice *input = m_gpgInput->device();
        input->write(m_passphrase->toUtf8() + '\n');
        startDownload(input);
    });
    m_gpg->start();
}

void DownloadJob::onGpgFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString errors = QString::fromUtf8(m_gpg->readAllStandardError()).trimmed();
    m_gpg->deleteLater();
    m_gpg = nullptr;
    m_gpgInput.reset();
    if (!m_downloaded) {
        // gpg stopped before the end of the object (a wrong passphrase stops it at once).
        if (m_download) {
            m_download->disconnect(this);
            m_download->cancel();
            m_download->deleteLater();
            m_download = nullptr;
        }
        if (status == QProcess::NormalExit && exitCode == 0)
            exitCode = 2; // an early clean exit is still not a decrypted backup
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        QFile::remove(partialPath());
        const bool badPassphrase = errors.contains(QLatin1String("Bad session key"))
            || errors.contains(QLatin1String("decryption failed"));
        finishWith(BackupJob::Outcome::Failed,
                   {QStringLiteral("backup.decrypt-failed"),
                    badPassphrase ? tr("The passphrase does not decrypt this backup. Check "
                                       "PASSPHRASE: the backup was encrypted with the value it "
                                       "had when the backup was taken.")
                                  : tr("gpg could not decrypt the backup."),
                    errors});
        return;
    }
    QFile::remove(m_targetPath);
    if (!QFile::rename(partialPath(), m_targetPath)) {
        QFile::remove(partialPath());
        finishWith(BackupJob::Outcome::Failed,
                   {QStringLiteral("backup.write-failed"),
                    tr("Could not write %1.").arg(QDir::toNativeSeparators(m_targetPath)),
                    {}});
        return;
    }
    finishWith(BackupJob::Outcome::Success);
}

void DownloadJob::finishWith(BackupJob::Outcome outcome, const Error &error)
{
    if (m_outcome != BackupJob::Outcome::Running)
        return;
    m_outcome = outcome;
    m_error = error;
    if (outcome == BackupJob::Outcome::Success)
        Q_EMIT progressChanged(100, tr("Saved %1").arg(QDir::toNativeSeparators(m_targetPath)));
    Q_EMIT finished();
}

} // namespace Berth::Engine
