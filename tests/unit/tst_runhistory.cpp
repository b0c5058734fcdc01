// The run history is read back from the run journals the engine writes: these tests write
// journals through RunJournal itself and read them as the History dialog and berth-cli do.
#include "engine/RunHistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Berth::Engine;

namespace {

RunJournal::Header header(const QString &project, const QString &operation, int minutesAgo)
{
    RunJournal::Header h;
    h.runId = QStringLiteral("%1-run").arg(operation);
    h.projectRoot = project;
    h.operation = operation;
    h.version = QStringLiteral("v2");
    h.hosts = {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
    h.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return h;
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRunsNewestFirstWithStepTimes();
    void toleratesACrashCutLineAndForeignFiles();
};

void TestRunHistory::readsRunsNewestFirstWithStepTimes()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString project = QStringLiteral("/projects/shop");
    {
        auto journal
            = RunJournal::create(header(project, QStringLiteral("deploy"), 10), folder.path());
        QVERIFY(journal);
        (*journal)->stepStarted(QString(), QStringLiteral("build"), QStringLiteral("Build"));
        QThread::msleep(120);
        (*journal)->stepFinished(QString(), QStringLiteral("build"), QStringLiteral("success"), {});
        (*journal)->stepStarted(QStringLiteral("10.0.0.1"), QStringLiteral("boot"),
                                QStringLiteral("Boot version v2"));
        (*journal)->stepFinished(QStringLiteral("10.0.0.1"), QStringLiteral("boot"),
                                 QStringLiteral("failed"),
                                 QStringLiteral("The health check path /up answers 503."));
        (*journal)->runFinished(QStringLiteral("failed"));
    }
    {
        // Killed in the middle: no end.
        auto journal
            = RunJournal::create(header(project, QStringLiteral("rollback"), 5), folder.path());
        QVERIFY(journal);
        (*journal)->stepStarted(QStringLiteral("10.0.0.2"), QStringLiteral("boot"),
                                QStringLiteral("Boot version v1"));
    }
    {
        auto other = RunJournal::create(
            header(QStringLiteral("/projects/blog"), QStringLiteral("prune"), 1), folder.path());
        QVERIFY(other);
        (*other)->runFinished(QStringLiteral("success"));
    }

    const QList<RunSummary> runs = RunHistory::list(project, 50, folder.path());
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).header.operation, QStringLiteral("rollback"));
    QCOMPARE(runs.at(0).outcome, QStringLiteral("interrupted"));
    QCOMPARE(runs.at(0).steps.size(), 1);
    QCOMPARE(runs.at(0).steps.at(0).milliseconds, -1); // never ended
    QVERIFY(runs.at(0).steps.at(0).outcome.isEmpty());

    const RunSummary &deploy = runs.at(1);
    QCOMPARE(deploy.outcome, QStringLiteral("failed"));
    QVERIFY(!deploy.header.who.isEmpty()); // the account that ran it
    QCOMPARE(deploy.steps.size(), 2);
    QCOMPARE(deploy.steps.at(0).id, QStringLiteral("build"));
    QVERIFY2(deploy.steps.at(0).milliseconds >= 100,
             qPrintable(QString::number(deploy.steps.at(0).milliseconds)));
    QCOMPARE(deploy.steps.at(1).host, QStringLiteral("10.0.0.1"));
    QCOMPARE(deploy.steps.at(1).outcome, QStringLiteral("failed"));
    QVERIFY(deploy.steps.at(1).message.contains(QLatin1String("answers 503")));
    QVERIFY(deploy.milliseconds() >= deploy.steps.at(0).milliseconds);

    QCOMPARE(RunHistory::list(project, 1, folder.path()).size(), 1);
    QCOMPARE(RunHistory::list(QString(), 50, folder.path()).size(), 3); // every project
}

void TestRunHistory::toleratesACrashCutLineAndForeignFiles()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QString path;
    {
        auto journal = RunJournal::create(header(QStringLiteral("/p"), QStringLiteral("deploy"), 1),
                                          folder.path());
        QVERIFY(journal);
        (*journal)->stepStarted(QStringLiteral("h"), QStringLiteral("pull"),
                                QStringLiteral("Pull"));
        path = (*journal)->path();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"event":"step-end","host":"h","st)"); // power lost mid-line
    file.close();
    QFile junk(folder.filePath(QStringLiteral("notes.jsonl")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a journal\n");
    junk.close();

    const QList<RunSummary> runs = RunHistory::list(QStringLiteral("/p"), 50, folder.path());
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).outcome, QStringLiteral("interrupted"));
    QCOMPARE(runs.at(0).steps.size(), 1);
    QVERIFY(runs.at(0).steps.at(0).outcome.isEmpty());
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
