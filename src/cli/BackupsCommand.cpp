#include "cli/BackupsCommand.h"

#include "cli/CommandLine.h"
#include "cli/ProjectSecrets.h"
#include "cli/SharedSettings.h"
#include "cli/SshCommand.h"
#include "cloud/S3Client.h"
#include "core/Project.h"
#include "core/backup/BackupStatus.h"
#include "core/backup/VerificationRecord.h"
#include "engine/BackupJobs.h"
#include "engine/HostConnector.h"
#include "engine/Operation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>
#include <optional>

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliBackups)
};

std::atomic_bool interrupted {false};

extern "C" void onBackupsInterrupt(int)
{
    interrupted.store(true);
}

// Runs `job` (a BackupJob or a DownloadJob) to its end on a local event loop; Ctrl+C cancels
// it (a drill still removes its container).
template<typename Job>
void runToEnd(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    interrupted.store(false);
    const auto previous = std::signal(SIGINT, onBackupsInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&job] {
        if (interrupted.exchange(false))
            job.cancel();
    });
    poll.start(100);
    job.start();
    if (job.outcome() == Engine::BackupJob::Outcome::Running)
        loop.exec();
    std::signal(SIGINT, previous);
}

int exitCodeOf(Engine::BackupJob::Outcome outcome)
{
    switch (outcome) {
    case Engine::BackupJob::Outcome::Success: return Success;
    case Engine::BackupJob::Outcome::Cancelled: return Cancelled;
    default: return Failure;
    }
}

// The bucket listing of `setup`, waited for.
Result<Backup::BackupCatalog> listCatalog(QNetworkAccessManager &network,
                                          const Backup::BackupSetup &setup)
{
    const std::unique_ptr<Cloud::S3Client> client(Engine::makeS3Client(&network, setup));
    Cloud::S3ListJob *list = client->listObjects(Engine::listingPrefix(setup));
    QEventLoop loop;
    QObject::connect(list, &Cloud::S3Job::finished, &loop, &QEventLoop::quit);
    if (!list->isFinished())
        loop.exec();
    return Engine::catalogFromListing(*list, *client, setup);
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// `berth-cli backups list`: per backup accessory, its database's backups and what the catalog
// says about them (freshness, retention), as text or as a JSON array.
int printList(const QList<Backup::BackupSetup> &setups, QNetworkAccessManager &network, bool json,
              const Secrets::Redactor &redactor, QTextStream &out, QTextStream &err)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto r = [&redactor](const QString &text) { return redactor.redact(text); };
    QJsonArray array;
    bool failed = false;
    for (const Backup::BackupSetup &setup : setups) {
        QJsonObject item {{QStringLiteral("accessory"), r(setup.accessoryName)},
                          {QStringLiteral("database"), r(setup.database)},
                          {QStringLiteral("host"), r(setup.host)},
                          {QStringLiteral("bucket"), r(setup.s3Bucket)},
                          {QStringLiteral("prefix"), r(setup.s3Prefix)},
                          {QStringLiteral("encrypted"), setup.encrypted()}};
        QJsonArray messages;
        const auto message = [&](const QString &text, bool warning) {
            messages.append(
                QJsonObject {{QStringLiteral("level"),
                              warning ? QStringLiteral("warning") : QStringLiteral("ok")},
                             {QStringLiteral("text"), r(text)}});
            if (!json)
                out << "  " << (warning ? "⚠ " : "✓ ") << r(text) << '\n';
        };
        if (!json)
            out << Text::tr("%1 (accessory %2 on %3, s3://%4/%5/)")
                       .arg(r(setup.database), r(setup.accessoryName), r(setup.host),
                            r(setup.s3Bucket), r(setup.s3Prefix))
                << '\n';
        QJsonArray backups;
        QJsonValue freshness;
        if (!setup.isUsable()) {
            for (const QString &problem : setup.problems)
                message(problem, true);
            failed = true;
        } else if (auto catalog = listCatalog(network, setup); !catalog) {
            err << "berth-cli backups list: " << r(catalog.error().message) << '\n';
            item.insert(QStringLiteral("error"), r(catalog.error().message));
            failed = true;
        } else {
            const Backup::BackupStatus status = Backup::BackupStatus::of(setup, *catalog, now);
            freshness = Backup::freshnessWord(status.freshness.state);
            for (const Backup::StatusNote &note : status.notes)
                message(note.text, note.warning);
            const QList<Backup::BackupEntry> entries = catalog->backups(setup.database);
            for (const Backup::BackupEntry &entry : entries) {
                backups.append(
                    QJsonObject {{QStringLiteral("timestamp"), entry.timestamp},
                                 {QStringLiteral("time"), utc(entry.time)},
                                 {QStringLiteral("lastModified"), utc(entry.lastModified)},
                                 {QStringLiteral("size"), entry.size},
                                 {QStringLiteral("encrypted"), entry.encrypted},
                                 {QStringLiteral("key"), r(entry.key)}});
                if (!json)
                    out << "  " << entry.timestamp << "  " << sizeText(entry.size).rightJustified(9)
                        << "  "
                        << (entry.encrypted ? Text::tr("encrypted") : Text::tr("not encrypted"))
                        << "  " << r(entry.key) << '\n';
            }
            if (!json && entries.isEmpty())
                out << "  " << Text::tr("(no backups)") << '\n';
        }
        item.insert(QStringLiteral("freshness"), freshness);
        item.insert(QStringLiteral("messages"), messages);
        item.insert(QStringLiteral("backups"), backups);
        array.append(item);
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return failed ? Failure : Success;
}

} // namespace

int runBackupsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The backups of the Postgres accessory, taken by a postgres-backup-s3 accessory "
                 "(as on the Backups page): list them, back up now, restore, download and "
                 "verify with a restore drill."));
    parser.addHelpOption();
    const QCommandLineOption projectOption = CommonOptions::project();
    const QCommandLineOption destinationOption = CommonOptions::destination();
    const QCommandLineOption accessoryOption(
        QStringLiteral("accessory"),
        Text::tr("The backup accessory (default: the first one deploy.yml has)."),
        QStringLiteral("name"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("list: a JSON array, for scripts."));
    const QCommandLineOption confirmOption(
        QStringLiteral("confirm"),
        Text::tr("restore: the name of the database, to confirm that it is replaced."),
        QStringLiteral("database"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        Text::tr("download: the file to write (default: the object's name, in the current "
                 "folder)."),
        QStringLiteral("file"));
    const QCommandLineOption decryptOption(
        QStringLiteral("decrypt"),
        Text::tr("download: decrypt with the local gpg and the accessory's PASSPHRASE."));
    const QCommandLineOption allowCommandsOption(
        QStringLiteral("allow-commands"),
        Text::tr("Run every $(…) command of the secrets files, approved or not."));
    const QCommandLineOption acceptKeysOption(
        QStringLiteral("accept-new-host-keys"),
        Text::tr("Trust servers whose keys are not in known_hosts yet (never changed ones)."));
    const QCommandLineOption knownHostsOption = CommonOptions::knownHosts();
    for (const auto &option :
         {projectOption, destinationOption, accessoryOption, jsonOption, confirmOption,
          outputOption, decryptOption, allowCommandsOption, acceptKeysOption, knownHostsOption})
        parser.addOption(option);
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        Text::tr("list [--json] | now | restore TIMESTAMP --confirm DATABASE | download "
                 "TIMESTAMP [-o FILE] [--decrypt] | verify TIMESTAMP"));
    if (const auto done
        = parseArguments(parser, arguments, out, err, QStringLiteral("berth-cli backups: ")))
        return *done;
    // The S3 and SSH layers' debug lines are for developers (QT_LOGGING_RULES turns them on
    // again); what went wrong is said below, in one translated sentence.
    QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false\nberth.*.info=false"));
    const QStringList args = parser.positionalArguments();
    const QString subcommand = args.value(0);
    static const QHash<QString, int> argumentCounts {{QStringLiteral("list"), 1},
                                                     {QStringLiteral("now"), 1},
                                                     {QStringLiteral("restore"), 2},
                                                     {QStringLiteral("download"), 2},
                                                     {QStringLiteral("verify"), 2}};
    if (!argumentCounts.contains(subcommand)) {
        err << Text::tr("berth-cli backups: unknown subcommand “%1”; use list, now, restore, "
                        "download or verify.")
                   .arg(subcommand)
            << '\n';
        return UsageError;
    }
    if (args.size() != argumentCounts.value(subcommand)) {
        err << Text::tr("berth-cli backups %1: wrong number of arguments (berth-cli backups "
                        "--help)")
                   .arg(subcommand)
            << '\n';
        return UsageError;
    }
    if (subcommand == QLatin1String("restore") && parser.value(confirmOption).isEmpty()) {
        err << Text::tr("berth-cli backups restore: a restore replaces the database; confirm "
                        "with --confirm and the database's name.")
            << '\n';
        return UsageError;
    }

    const auto project = Project::open(parser.value(projectOption));
    if (!project) {
        err << "berth-cli backups: " << project.error().message << '\n';
        return UsageError;
    }
    const QString destination = parser.value(destinationOption);
    if (!destination.isEmpty() && !project->destinations().contains(destination)) {
        err << Text::tr("berth-cli backups: there is no destination “%1” (no "
                        "config/deploy.%1.yml).")
                   .arg(destination)
            << '\n';
        return UsageError;
    }
    const auto secrets
        = resolveProjectSecrets(*project, destination, parser.isSet(allowCommandsOption),
                                QStringLiteral("berth-cli backups"), err);
    if (!secrets)
        return Failure;
    const auto loaded
        = Engine::loadProjectConfig(project->rootPath(), destination, secrets->variables);
    if (!loaded) {
        err << "berth-cli backups: " << secrets->redactor.redact(loaded.error().message) << '\n';
        return Failure;
    }

    // The backup accessories, as the Backups page finds them (images marked compatible there
    // count here too).
    SharedSettings settings;
    const QStringList compatibleImages
        = settings.value(QStringLiteral("backups/compatibleImages")).toStringList();
    const Backup::BackupDiscovery discovery
        = Backup::BackupDiscoverer::discover(*loaded->config, secrets->secrets, compatibleImages);
    // Everything that goes out is redacted: the project's secrets and every secret value of
    // the accessories' env (a value that differs from the project's under the same name, too).
    QHash<QString, QString> redactable = secrets->secretValues;
    for (const Backup::BackupSetup &setup : discovery.setups) {
        const QHash<QString, QString> values = setup.secretValues();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString name = redactable.value(it.key(), it.value()) == it.value()
                ? it.key()
                : setup.accessoryName + QLatin1Char('/') + it.key();
            redactable.insert(name, it.value());
        }
    }
    const Secrets::Redactor redactor(redactable);
    const auto redact = [&redactor](const QString &text) { return redactor.redact(text); };
    if (discovery.setups.isEmpty()) {
        err << "berth-cli backups: "
            << redact(discovery.message.isEmpty()
                          ? Text::tr("deploy.yml has no backup accessory (postgres-backup-s3).")
                          : discovery.message)
            << '\n';
        return Failure;
    }
    QList<Backup::BackupSetup> setups = discovery.setups;
    if (parser.isSet(accessoryOption)) {
        const QString name = parser.value(accessoryOption);
        setups.removeIf([&name](const Backup::BackupSetup &s) { return s.accessoryName != name; });
        if (setups.isEmpty()) {
            err << Text::tr("berth-cli backups: there is no backup accessory “%1” in deploy.yml.")
                       .arg(name)
                << '\n';
            return UsageError;
        }
    }
    QNetworkAccessManager network;

    if (subcommand == QLatin1String("list"))
        return printList(setups, network, parser.isSet(jsonOption), redactor, out, err);

    // The other subcommands act on one accessory: the one named, else the first usable.
    const auto usable = std::find_if(setups.cbegin(), setups.cend(),
                                     [](const Backup::BackupSetup &s) { return s.isUsable(); });
    if (usable == setups.cend()) {
        err << "berth-cli backups: " << redact(setups.constFirst().problems.join(QLatin1Char(' ')))
            << '\n';
        return Failure;
    }
    const Backup::BackupSetup &setup = *usable;

    if (subcommand == QLatin1String("restore") && parser.value(confirmOption) != setup.database) {
        err << Text::tr("berth-cli backups restore: “%1” is not the database's name (%2); nothing "
                        "was changed.")
                   .arg(redact(parser.value(confirmOption)), redact(setup.database))
            << '\n';
        return UsageError;
    }

    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = parser.value(knownHostsOption);
    policy.acceptAnyNew = parser.isSet(acceptKeysOption);
    policy.secrets = secrets->secrets;
    policy.passphrases = keyPassphrases();
    const Engine::PlanRunner::Connector connect = Engine::makeConnector(loaded->config, policy);

    // Output of a job on the host: streamed to stderr, redacted once more with the project's
    // secrets (the job redacts the accessory's own); a value split across chunks too.
    const auto stream = [&err, &redactor](Engine::BackupJob &job) {
        auto streamRedactor = std::make_shared<Secrets::StreamRedactor>(redactor);
        QObject::connect(&job, &Engine::BackupJob::outputReceived, &job,
                         [&err, streamRedactor](const QString &text) {
                             err << streamRedactor->feed(text);
                             err.flush();
                         });
        QObject::connect(&job, &Engine::BackupJob::finished, &job, [&err, streamRedactor] {
            err << streamRedactor->flush();
            err.flush();
        });
    };

    if (subcommand == QLatin1String("now")) {
        Engine::BackupNowJob job(setup, connect);
        stream(job);
        runToEnd(job);
        if (job.outcome() != Engine::BackupJob::Outcome::Success) {
            err << "berth-cli backups now: " << redact(job.error().message) << '\n';
            return exitCodeOf(job.outcome());
        }
        err << redact(job.summary()) << '\n';
        out << redact(job.uploadedKey().isEmpty() ? job.summary() : job.uploadedKey()) << '\n';
        return Success;
    }

    // restore, download and verify name one backup: by its timestamp (or its object key).
    auto catalog = listCatalog(network, setup);
    if (!catalog) {
        err << "berth-cli backups: " << redact(catalog.error().message) << '\n';
        return Failure;
    }
    const QString &wanted = args.at(1);
    const QList<Backup::BackupEntry> backups = catalog->backups(setup.database);
    const auto found = std::find_if(backups.cbegin(), backups.cend(),
                                    [&wanted](const Backup::BackupEntry &entry) {
                                        return entry.timestamp == wanted || entry.key == wanted;
                                    });
    if (found == backups.cend()) {
        err << Text::tr("berth-cli backups %1: there is no backup of %2 from %3 under "
                        "s3://%4/%5/ (berth-cli backups list shows them).")
                   .arg(subcommand, redact(setup.database), redact(wanted), redact(setup.s3Bucket),
                        redact(setup.s3Prefix))
            << '\n';
        return Failure;
    }
    const Backup::BackupEntry &entry = *found;

    if (subcommand == QLatin1String("download")) {
        const bool decrypt = parser.isSet(decryptOption);
        if (decrypt && !entry.encrypted)
            err << Text::tr("This backup is not encrypted: it is saved as it is.") << '\n';
        if (decrypt && entry.encrypted && !setup.encrypted()) {
            err << Text::tr("berth-cli backups download: this backup is encrypted, but the "
                            "accessory has no PASSPHRASE to decrypt it with.")
                << '\n';
            return Failure;
        }
        const QString path = parser.isSet(outputOption)
            ? parser.value(outputOption)
            : QDir::current().filePath(Engine::DownloadJob::fileNameFor(entry, decrypt));
        const std::unique_ptr<Cloud::S3Client> client(Engine::makeS3Client(&network, setup));
        Engine::DownloadJob job(client.get(), entry, path,
                                decrypt && entry.encrypted ? std::optional(setup.passphrase)
                                                           : std::nullopt);
        QString lastStep;
        QObject::connect(&job, &Engine::DownloadJob::progressChanged, &job,
                         [&err, &redact, &lastStep](int, const QString &step) {
                             if (step == lastStep)
                                 return;
                             lastStep = step;
                             err << "== " << redact(step) << '\n';
                             err.flush();
                         });
        runToEnd(job);
        if (job.outcome() != Engine::BackupJob::Outcome::Success) {
            err << "berth-cli backups download: " << redact(job.error().message) << '\n';
            if (!job.error().detail.isEmpty())
                err << redact(job.error().detail) << '\n';
            return exitCodeOf(job.outcome());
        }
        out << QDir::toNativeSeparators(job.targetPath()) << '\n';
        return Success;
    }

    if (subcommand == QLatin1String("verify")) {
        Engine::VerifyJob job(setup, entry, connect);
        stream(job);
        runToEnd(job);
        if (job.outcome() != Engine::BackupJob::Outcome::Success) {
            err << "berth-cli backups verify: " << redact(job.error().message) << '\n';
            if (!job.error().detail.isEmpty())
                err << redact(job.error().detail) << '\n';
            return exitCodeOf(job.outcome());
        }
        // Shared with the app: the Backups page shows when this backup was last verified.
        Backup::VerificationRecord record(
            &settings, Backup::VerificationRecord::projectId(project->rootPath(), destination));
        record.record(entry.database,
                      {QDateTime::currentDateTimeUtc(), entry.key, int(job.counts().tables.size()),
                       job.counts().totalRows()});
        out << redact(job.summary()) << '\n';
        for (const Engine::DatabaseCounts::Table &table : job.counts().tables)
            out << "  " << redact(table.schema) << '.' << redact(table.name) << '\t' << table.rows
                << '\n';
        return Success;
    }

    // restore
    Engine::RestoreJob job(setup, entry, connect);
    stream(job);
    runToEnd(job);
    if (!job.safetyBackupKey().isEmpty())
        err << Text::tr("Safety backup of the previous data: %1").arg(redact(job.safetyBackupKey()))
            << '\n';
    if (job.outcome() != Engine::BackupJob::Outcome::Success) {
        err << "berth-cli backups restore: " << redact(job.error().message) << '\n';
        if (!job.error().detail.isEmpty())
            err << redact(job.error().detail) << '\n';
        return exitCodeOf(job.outcome());
    }
    out << redact(job.summary()) << '\n';
    return Success;
}

} // namespace Berth::Cli
