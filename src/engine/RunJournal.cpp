#include "engine/RunJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunJournal)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Makes what was written survive a power loss, not just a crash of this process.
void syncToDisk(QFile &file)
{
    file.flush();
#ifdef Q_OS_WIN
    _commit(file.handle());
#else
    fsync(file.handle());
#endif
}

// The account and computer a run was started from, e.g. "dana@laptop".
QString localUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = QDir::home().dirName();
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? user : user + QLatin1Char('@') + host;
}

} // namespace

QString RunJournal::defaultFolder()
{
    // Shared by the app and berth-cli, whatever their application names.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Berth/runs"));
}

Result<std::shared_ptr<RunJournal>> RunJournal::create(const Header &header, const QString &folder)
{
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("journal.folder"),
                    Text::tr("Berth cannot write its run journal in %1; without it a run that is "
                             "interrupted could not be recovered. Check the folder's permissions "
                             "and free space.")
                        .arg(QDir::toNativeSeparators(dir)));
    std::shared_ptr<RunJournal> journal(new RunJournal);
    const QString name
        = QStringLiteral("%1-%2-%3.jsonl")
              .arg(header.startedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                   header.operation, header.runId.left(8));
    journal->m_file.setFileName(QDir(dir).filePath(name));
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(QStringLiteral("journal.file"),
                    Text::tr("Berth cannot write its run journal %1: %2")
                        .arg(QDir::toNativeSeparators(journal->m_file.fileName()),
                             journal->m_file.errorString()));
    journal->append({{QStringLiteral("event"), QStringLiteral("run-start")},
                     {QStringLiteral("run"), header.runId},
                     {QStringLiteral("project"), header.projectRoot},
                     {QStringLiteral("destination"), header.destination},
                     {QStringLiteral("operation"), header.operation},
                     {QStringLiteral("version"), header.version},
                     {QStringLiteral("lock"), header.lockDetails},
                     {QStringLiteral("hosts"), QJsonArray::fromStringList(header.hosts)},
                     {QStringLiteral("started"), header.startedAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("who"), header.who.isEmpty() ? localUser() : header.who}});
    return journal;
}

void RunJournal::append(QJsonObject record)
{
    record.insert(QStringLiteral("t"), now());
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    syncToDisk(m_file);
}

void RunJournal::stepStarted(const QString &host, const QString &stepId, const QString &title)
{
    append({{QStringLiteral("event"), QStringLiteral("step-start")},
            {QStringLiteral("host"), host},
            {QStringLiteral("step"), stepId},
            {QStringLiteral("title"), title}});
}

void RunJournal::stepFinished(const QString &host, const QString &stepId, const QString &outcome,
                              const QString &message)
{
    append({{QStringLiteral("event"), QStringLiteral("step-end")},
            {QStringLiteral("host"), host},
            {QStringLiteral("step"), stepId},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("message"), message}});
}

void RunJournal::runFinished(const QString &outcome)
{
    append({{QStringLiteral("event"), QStringLiteral("run-end")},
            {QStringLiteral("outcome"), outcome}});
}

std::optional<RunJournal::Record> RunJournal::read(
    const QString &path, const std::function<void(const QJsonObject &)> &eachLine)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Record record;
    record.path = path;
    bool started = false;
    while (!file.atEnd()) {
        // A line cut short by a crash is simply the end of what is known.
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (eachLine)
            eachLine(line);
        const QString event = line.value(QLatin1String("event")).toString();
        if (event == QLatin1String("run-start")) {
            started = true;
            Header &h = record.header;
            h.runId = line.value(QLatin1String("run")).toString();
            h.projectRoot = line.value(QLatin1String("project")).toString();
            h.destination = line.value(QLatin1String("destination")).toString();
            h.operation = line.value(QLatin1String("operation")).toString();
            h.version = line.value(QLatin1String("version")).toString();
            h.lockDetails = line.value(QLatin1String("lock")).toString();
            const QJsonArray hosts = line.value(QLatin1String("hosts")).toArray();
            for (const auto &host : hosts)
                h.hosts.append(host.toString());
            h.startedAt = QDateTime::fromString(line.value(QLatin1String("started")).toString(),
                                                Qt::ISODate);
            h.who = line.value(QLatin1String("who")).toString();
        } else if (event == QLatin1String("step-start")) {
            Record::HostState &state = record.hosts[line.value(QLatin1String("host")).toString()];
            state.lastStep = line.value(QLatin1String("step")).toString();
            state.lastTitle = line.value(QLatin1String("title")).toString();
            state.ended = false;
            state.outcome.clear();
        } else if (event == QLatin1String("step-end")) {
            const QString host = line.value(QLatin1String("host")).toString();
            Record::HostState &state = record.hosts[host];
            state.ended = true;
            state.outcome = line.value(QLatin1String("outcome")).toString();
            if (state.outcome == QLatin1String("success"))
                record.completedSteps.append(host + QLatin1Char('\n')
                                             + line.value(QLatin1String("step")).toString());
        } else if (event == QLatin1String("run-end")) {
            record.finished = true;
            record.outcome = line.value(QLatin1String("outcome")).toString();
        }
    }
    return started ? std::optional<Record>(record) : std::nullopt;
}

QList<RunJournal::Record> RunJournal::interrupted(const QString &projectRoot, const QString &folder)
{
    QList<Record> runs;
    QDirIterator it(folder.isEmpty() ? defaultFolder() : folder, {QStringLiteral("*.jsonl")},
                    QDir::Files);
    while (it.hasNext()) {
        const auto record = read(it.next());
        if (record && !record->finished
            && QDir::cleanPath(record->header.projectRoot) == QDir::cleanPath(projectRoot))
            runs.append(*record);
    }
    std::sort(runs.begin(), runs.end(), [](const Record &a, const Record &b) {
        return a.header.startedAt > b.header.startedAt;
    });
    return runs;
}

Result<void> RunJournal::close(const QString &path, const QString &outcome)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(QStringLiteral("journal.file"),
                    Text::tr("Berth cannot write its run journal %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonObject record {{QStringLiteral("event"), QStringLiteral("run-end")},
                        {QStringLiteral("outcome"), outcome},
                        {QStringLiteral("t"), now()}};
    file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    syncToDisk(file);
    return {};
}

} // namespace Berth::Engine
