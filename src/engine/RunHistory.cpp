#include "engine/RunHistory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Berth::Engine {

qint64 RunSummary::milliseconds() const
{
    return endedAt.isValid() ? startedAt.msecsTo(endedAt) : -1;
}

std::optional<RunSummary> RunHistory::read(const QString &path)
{
    // One pass: the header and outcome as recovery reads them, and the steps' times here.
    RunSummary run;
    run.path = path;
    QHash<QString, qsizetype> open; // "host\nstep" → index of the step that started last
    QHash<QString, QDateTime> startedAt;
    QDateTime last;
    const std::optional<RunJournal::Record> record
        = RunJournal::read(path, [&](const QJsonObject &line) {
              const QString event = line.value(QLatin1String("event")).toString();
              const QDateTime at = QDateTime::fromString(line.value(QLatin1String("t")).toString(),
                                                         Qt::ISODateWithMs);
              if (at.isValid())
                  last = at;
              if (event == QLatin1String("run-start"))
                  run.startedAt = at;
              const QString host = line.value(QLatin1String("host")).toString();
              const QString step = line.value(QLatin1String("step")).toString();
              const QString key = host + QLatin1Char('\n') + step;
              if (event == QLatin1String("step-start")) {
                  open.insert(key, run.steps.size());
                  startedAt.insert(key, at);
                  run.steps.append({host, step, line.value(QLatin1String("title")).toString(),
                                    QString(), QString(), -1});
              } else if (event == QLatin1String("step-end") && open.contains(key)) {
                  RunSummary::Step &ended = run.steps[open.take(key)];
                  ended.outcome = line.value(QLatin1String("outcome")).toString();
                  ended.message = line.value(QLatin1String("message")).toString();
                  const QDateTime started = startedAt.value(key);
                  if (started.isValid() && at.isValid())
                      ended.milliseconds = started.msecsTo(at);
              } else if (event == QLatin1String("run-end") && at.isValid()) {
                  run.endedAt = at;
              }
          });
    if (!record)
        return std::nullopt;
    run.header = record->header;
    run.outcome = record->finished ? record->outcome : QStringLiteral("interrupted");
    if (!run.startedAt.isValid())
        run.startedAt = run.header.startedAt;
    // An interrupted run ends, as far as anyone knows, with its last record.
    if (!run.endedAt.isValid() && !record->finished)
        run.endedAt = last;
    return run;
}

QList<RunSummary> RunHistory::list(const QString &projectRoot, int limit, const QString &folder)
{
    // Journal names start with the UTC start time, so the newest sort last by name: only
    // the newest `limit` files of the project are read in full.
    QDir dir(folder.isEmpty() ? RunJournal::defaultFolder() : folder);
    QStringList names = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QList<RunSummary> runs;
    for (const QString &name : std::as_const(names)) {
        if (runs.size() >= limit)
            break;
        std::optional<RunSummary> run = read(dir.filePath(name));
        if (!run)
            continue;
        if (!projectRoot.isEmpty()
            && QDir::cleanPath(run->header.projectRoot) != QDir::cleanPath(projectRoot))
            continue;
        runs.append(*run);
    }
    std::stable_sort(runs.begin(), runs.end(), [](const RunSummary &a, const RunSummary &b) {
        return a.startedAt > b.startedAt;
    });
    return runs;
}

} // namespace Berth::Engine
