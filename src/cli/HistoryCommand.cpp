#include "cli/HistoryCommand.h"

#include "cli/CommandLine.h"
#include "core/Project.h"
#include "engine/RunHistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliHistory)
};

QString seconds(qint64 milliseconds)
{
    return milliseconds < 0 ? QStringLiteral("–")
                            : QStringLiteral("%1 s").arg(double(milliseconds) / 1000.0, 0, 'f', 1);
}

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("success"))
        return Text::tr("succeeded");
    if (outcome == QLatin1String("failed"))
        return Text::tr("failed");
    if (outcome == QLatin1String("cancelled"))
        return Text::tr("cancelled");
    if (outcome == QLatin1String("skipped"))
        return Text::tr("skipped");
    if (outcome == QLatin1String("interrupted"))
        return Text::tr("interrupted (berth-cli recover)");
    return outcome.isEmpty() ? Text::tr("did not end") : outcome;
}

QJsonObject toJson(const Engine::RunSummary &run)
{
    QJsonArray steps;
    for (const Engine::RunSummary::Step &step : run.steps) {
        steps.append(QJsonObject {{QStringLiteral("host"), step.host},
                                  {QStringLiteral("step"), step.id},
                                  {QStringLiteral("title"), step.title},
                                  {QStringLiteral("outcome"), step.outcome},
                                  {QStringLiteral("message"), step.message},
                                  {QStringLiteral("milliseconds"), step.milliseconds}});
    }
    return {{QStringLiteral("run"), run.header.runId},
            {QStringLiteral("operation"), run.header.operation},
            {QStringLiteral("destination"), run.header.destination},
            {QStringLiteral("version"), run.header.version},
            {QStringLiteral("who"), run.header.who},
            {QStringLiteral("hosts"), QJsonArray::fromStringList(run.header.hosts)},
            {QStringLiteral("started"), run.header.startedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("ended"), run.endedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("milliseconds"), run.milliseconds()},
            {QStringLiteral("outcome"), run.outcome},
            {QStringLiteral("steps"), steps}};
}

} // namespace

int runHistoryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The project's past runs from this computer (deploys, rollbacks, …), newest "
                 "first, read from Berth's run journals."));
    parser.addHelpOption();
    const QCommandLineOption projectOption = CommonOptions::project();
    const QCommandLineOption limitOption({QStringLiteral("n"), QStringLiteral("limit")},
                                         Text::tr("Show at most N runs (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"),
                                         Text::tr("Also every step per host, with its duration."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print JSON (steps included)."));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Text::tr("Runs of every project, not just this one."));
    parser.addOptions({projectOption, limitOption, stepsOption, jsonOption, allOption});
    if (const auto done
        = parseArguments(parser, arguments, out, err, QStringLiteral("berth-cli history: ")))
        return *done;
    bool numeric = false;
    const int limit = parser.value(limitOption).toInt(&numeric);
    if (!numeric || limit < 1) {
        err << Text::tr("berth-cli history: -n needs a number of runs, 1 or more.") << '\n';
        return UsageError;
    }
    QString root;
    if (!parser.isSet(allOption)) {
        const auto project = Project::open(parser.value(projectOption));
        if (!project) {
            err << project.error().message << '\n';
            return UsageError;
        }
        root = project->rootPath();
    }

    const QList<Engine::RunSummary> runs = Engine::RunHistory::list(root, limit);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Engine::RunSummary &run : runs)
            array.append(toJson(run));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (runs.isEmpty()) {
        out << Text::tr("No runs yet: deploys and other operations started from this computer "
                        "appear here.")
            << '\n';
        return Success;
    }
    for (const Engine::RunSummary &run : runs) {
        // 2026-11-26 17:02  deploy --version v2  v2  succeeded in 41.3 s  by dana@laptop
        out << run.header.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            << "  " << run.header.operation
            << (run.header.destination.isEmpty() ? QString()
                                                 : QStringLiteral(" -d ") + run.header.destination)
            << "  "
            << Text::tr("%1 in %2 by %3")
                   .arg(outcomeText(run.outcome), seconds(run.milliseconds()),
                        run.header.who.isEmpty() ? Text::tr("unknown") : run.header.who);
        if (!run.header.version.isEmpty())
            out << "  " << Text::tr("version %1").arg(run.header.version);
        out << '\n';
        if (!parser.isSet(stepsOption))
            continue;
        for (const Engine::RunSummary::Step &step : run.steps) {
            out << "    [" << (step.host.isEmpty() ? Text::tr("local") : step.host) << "] "
                << step.title << "  " << outcomeText(step.outcome) << "  "
                << seconds(step.milliseconds) << '\n';
            if (!step.message.isEmpty() && step.outcome != QLatin1String("success"))
                out << "        "
                    << QString(step.message)
                           .replace(QLatin1Char('\n'), QStringLiteral("\n        "))
                    << '\n';
        }
    }
    return Success;
}

} // namespace Berth::Cli
