// Preparing an operation: what Berth refuses before anything runs, the version as Kamal names
// it, and the hooks where Kamal runs them with Kamal's variables.
#include "core/AtomicFile.h"
#include "engine/HostConnector.h"
#include "engine/Operation.h"
#include "engine/PlanRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

namespace {

const QByteArray BaseConfig = "service: shop\nimage: acme/shop\nservers:\n  - 10.0.0.1\n"
                              "registry:\n  username: a\n  password: [KAMAL_REGISTRY_PASSWORD]\n"
                              "builder:\n  arch: amd64\n";

bool git(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"),
                  QStringList {QStringLiteral("-c"), QStringLiteral("user.name=T"),
                               QStringLiteral("-c"), QStringLiteral("user.email=t@example.com")}
                      + args);
    return process.waitForFinished(20000) && process.exitCode() == 0;
}

QStringList stepIds(const Kamal::Plan &plan)
{
    QStringList ids;
    for (const Kamal::PlanStage &stage : plan.stages) {
        for (const Kamal::PlanStep &step : stage.steps) {
            if (!ids.contains(step.id))
                ids.append(step.id);
        }
    }
    return ids;
}

const Kamal::PlanAction *hookAction(const Kamal::Plan &plan, const QString &id)
{
    for (const Kamal::PlanStage &stage : plan.stages) {
        for (const Kamal::PlanStep &step : stage.steps) {
            if (step.id == id)
                return &step.actions.constFirst();
        }
    }
    return nullptr;
}

QString env(const Kamal::PlanAction &action, const QString &name)
{
    for (const auto &[variable, value] : action.environment) {
        if (variable == name)
            return value;
    }
    return QStringLiteral("<unset>");
}

} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    OperationRequest request(const QString &version = QStringLiteral("v1")) const
    {
        OperationRequest r;
        r.projectRoot = m_dir.path();
        r.version = version;
        r.skipPush = false;
        r.secrets.insert(QStringLiteral("KAMAL_REGISTRY_PASSWORD"), QStringLiteral("hunter2"));
        return r;
    }

    void writeConfig(const QByteArray &text)
    {
        QVERIFY(AtomicFile::write(m_dir.filePath(QStringLiteral("config/deploy.yml")), text)
                    .has_value());
    }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("config"));
        QDir(m_dir.path()).mkpath(QStringLiteral(".kamal/hooks"));
        writeConfig(BaseConfig);
    }

    // An alias's words, as the Deploy page and berth-cli read them.
    void readsExecWords()
    {
        const auto app = execRequestFromWords(
            {QStringLiteral("app"), QStringLiteral("exec"), QStringLiteral("-i"),
             QStringLiteral("--reuse"), QStringLiteral("--roles"), QStringLiteral("workers"),
             QStringLiteral("bin/jobs"), QStringLiteral("status")});
        QVERIFY(app);
        QCOMPARE(app->kind, OperationKind::AppExec);
        QVERIFY(app->reuse);
        QCOMPARE(app->role, QStringLiteral("workers"));
        QCOMPARE(app->command, QStringLiteral("bin/jobs status"));
        const auto accessory
            = execRequestFromWords({QStringLiteral("accessory"), QStringLiteral("exec"),
                                    QStringLiteral("db"), QStringLiteral("psql")});
        QVERIFY(accessory);
        QCOMPARE(accessory->kind, OperationKind::AccessoryExec);
        QCOMPARE(accessory->argument, QStringLiteral("db"));
        QVERIFY(!accessory->reuse);
        QVERIFY(!execRequestFromWords({QStringLiteral("app"), QStringLiteral("boot")}));
    }

    // The views and small operations of issue 6, as berth-cli reads their words.
    void readsViewWords()
    {
        const auto words
            = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
        const struct
        {
            const char *words;
            OperationKind kind;
            const char *argument;
        } cases[] = {
            {"app details", OperationKind::AppDetails, ""},
            {"app containers", OperationKind::AppContainers, ""},
            {"app images", OperationKind::AppImages, ""},
            {"app logs", OperationKind::AppLogs, ""},
            {"app maintenance", OperationKind::AppMaintenance, ""},
            {"app live", OperationKind::AppLive, ""},
            {"accessory details all", OperationKind::AccessoryDetails, "all"},
            {"accessory logs db", OperationKind::AccessoryLogs, "db"},
            {"accessory start db", OperationKind::AccessoryStart, "db"},
            {"accessory stop all", OperationKind::AccessoryStop, "all"},
            {"proxy details", OperationKind::ProxyDetails, ""},
            {"proxy logs", OperationKind::ProxyLogs, ""},
            {"proxy remove", OperationKind::ProxyRemove, ""},
            {"lock status", OperationKind::LockStatus, ""},
        };
        for (const auto &c : cases) {
            const auto request = requestFromWords(words(c.words));
            QVERIFY2(request, c.words);
            QCOMPARE(request->kind, c.kind);
            QCOMPARE(request->argument, QString::fromLatin1(c.argument));
        }
        for (const char *other : {"app boot", "app details extra", "accessory logs all",
                                  "accessory details", "proxy", "lock status now", "deploy"})
            QVERIFY2(!requestFromWords(words(other)), other);
        // Only what looks is read-only: no lock, no journal.
        QVERIFY(isReadOnly(OperationKind::AppLogs));
        QVERIFY(isReadOnly(OperationKind::LockStatus));
        QVERIFY(!isReadOnly(OperationKind::AppMaintenance));
        QVERIFY(!isReadOnly(OperationKind::ProxyRemove));
    }

    // A view runs outside a git repository and takes no lock; maintenance takes it.
    void viewsTakeNoLock()
    {
        OperationRequest details = request(QString());
        details.kind = OperationKind::AppDetails;
        const auto view = prepareOperation(details);
        QVERIFY2(view, qPrintable(view ? QString() : view.error().message));
        QVERIFY(!stepIds(view->plan).contains(QStringLiteral("lock.acquire")));
        QVERIFY(view->lockDetails.isEmpty());
        QVERIFY(stepIds(view->plan).contains(QStringLiteral("app.details")));
        OperationRequest maintenance = request();
        maintenance.kind = OperationKind::AppMaintenance;
        const auto locked = prepareOperation(maintenance);
        QVERIFY(locked);
        QVERIFY(stepIds(locked->plan).contains(QStringLiteral("lock.acquire")));
        QVERIFY(!locked->lockDetails.isEmpty());
    }

    // `app exec --roles ROLE` runs on that role's hosts only; the interactive one goes to the
    // role's first host with Kamal's ssh command line.
    void limitsAnExecToOneRole()
    {
        writeConfig("service: shop\nimage: acme/shop\nservers:\n  web:\n    - 10.0.0.1\n"
                    "  workers:\n    hosts:\n      - 10.0.0.2\n      - 10.0.0.3\n"
                    "    cmd: bin/jobs\nregistry:\n  username: a\n"
                    "  password: [KAMAL_REGISTRY_PASSWORD]\nbuilder:\n  arch: amd64\n");
        OperationRequest exec = request(QString());
        exec.kind = OperationKind::AppExec;
        exec.command = QStringLiteral("bin/jobs status");
        exec.reuse = false;
        auto all = prepareOperation(exec);
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        QCOMPARE(all->plan.hosts(),
                 (QStringList {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"),
                               QStringLiteral("10.0.0.3")}));
        exec.role = QStringLiteral("workers");
        auto workers = prepareOperation(exec);
        QVERIFY(workers);
        QCOMPARE(workers->plan.hosts(),
                 (QStringList {QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")}));
        HostKeyPolicy policy;
        policy.knownHostsFile = QStringLiteral("/tmp/known");
        const auto ssh = interactiveExec(workers->config, exec, policy, true);
        QVERIFY2(ssh, qPrintable(ssh ? QString() : ssh.error().message));
        QCOMPARE(
            ssh->arguments.mid(0, 6),
            (QStringList {QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/tmp/known"),
                          QStringLiteral("-t"), QStringLiteral("root@10.0.0.2"),
                          QStringLiteral("-p"), QStringLiteral("22")}));
        QVERIFY2(ssh->arguments.constLast().startsWith(QLatin1String("docker run -it --rm ")),
                 qPrintable(ssh->arguments.constLast()));
        QVERIFY(ssh->commandLine.startsWith(QLatin1String(
            "ssh -o UserKnownHostsFile=/tmp/known -t root@10.0.0.2 -p 22 'docker run")));
        exec.role = QStringLiteral("nope");
        const auto missing = prepareOperation(exec);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("operation.no-role"));
    }

    // `app exec --hosts H1,H2` (Kamal's -h): only those hosts, each of them a host of
    // deploy.yml; with --roles, the hosts of that role among them.
    void limitsAnExecToHosts()
    {
        writeConfig("service: shop\nimage: acme/shop\nservers:\n  web:\n    - 10.0.0.1\n"
                    "    - 10.0.0.4\n  workers:\n    hosts:\n      - 10.0.0.2\n      - 10.0.0.3\n"
                    "    cmd: bin/jobs\nregistry:\n  username: a\n"
                    "  password: [KAMAL_REGISTRY_PASSWORD]\nbuilder:\n  arch: amd64\n");
        QCOMPARE(splitHosts(QStringLiteral(" 10.0.0.3, 10.0.0.4,,10.0.0.3")),
                 (QStringList {QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.4")}));
        OperationRequest exec = request(QString());
        exec.kind = OperationKind::AppExec;
        exec.command = QStringLiteral("uptime");
        exec.hosts = {QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.4")};
        auto some = prepareOperation(exec);
        QVERIFY2(some, qPrintable(some ? QString() : some.error().message));
        QCOMPARE(some->plan.hosts(),
                 (QStringList {QStringLiteral("10.0.0.4"), QStringLiteral("10.0.0.3")}));
        // The interactive one goes to the first of them in Kamal's order (the primary role's).
        const auto ssh = interactiveExec(some->config, exec, HostKeyPolicy {}, true);
        QVERIFY2(ssh, qPrintable(ssh ? QString() : ssh.error().message));
        QVERIFY2(ssh->commandLine.startsWith(QLatin1String("ssh -t root@10.0.0.4 ")),
                 qPrintable(ssh->commandLine));
        exec.role = QStringLiteral("workers");
        auto workers = prepareOperation(exec);
        QVERIFY(workers);
        QCOMPARE(workers->plan.hosts(), QStringList {QStringLiteral("10.0.0.3")});
        exec.role.clear();
        exec.hosts = {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.9")};
        const auto unknown = prepareOperation(exec);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("operation.no-host"));
        QVERIFY2(unknown.error().message.contains(QLatin1String("10.0.0.9")),
                 qPrintable(unknown.error().message));
        QVERIFY(!unknown.error().message.startsWith(QLatin1String("10.0.0.1")));
        const auto words = execRequestFromWords(
            {QStringLiteral("app"), QStringLiteral("exec"), QStringLiteral("--hosts"),
             QStringLiteral("10.0.0.1,10.0.0.2"), QStringLiteral("uptime")});
        QVERIFY(words);
        QCOMPARE(words->hosts,
                 (QStringList {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
        QCOMPARE(words->command, QStringLiteral("uptime"));
    }

    // Recovery's settle plan: the interrupted run's lock first, the boot only where the version
    // is not served yet, the tag, the stale containers, and the release.
    void settlesOnAVersion()
    {
        writeConfig("service: shop\nimage: acme/shop\nservers:\n  - 10.0.0.1\n  - 10.0.0.2\n"
                    "registry:\n  username: a\n  password: [KAMAL_REGISTRY_PASSWORD]\n"
                    "builder:\n  arch: amd64\n");
        OperationRequest settle = request(QString());
        settle.kind = OperationKind::Recover;
        settle.argument = QStringLiteral("v1");
        settle.hosts = {QStringLiteral("10.0.0.2")};
        settle.releaseOwnLock = true;
        auto plan = prepareOperation(settle);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(stepIds(plan->plan),
                 (QStringList {QStringLiteral("run-directory"),
                               QStringLiteral("lock.release-interrupted"),
                               QStringLiteral("lock.acquire"), QStringLiteral("rollback.check"),
                               QStringLiteral("boot"), QStringLiteral("tag-latest"),
                               QStringLiteral("stale"), QStringLiteral("lock.release")}));
        int boots = 0;
        for (const Kamal::PlanStep &step : plan->plan.stepsFor(QStringLiteral("10.0.0.1")))
            boots += step.id == QLatin1String("boot") ? 1 : 0;
        QCOMPARE(boots, 0);
        QCOMPARE(plan->version, QStringLiteral("v1"));
        QVERIFY(plan->lockDetails.contains(QLatin1String("v1")));
        settle.hosts.clear();
        settle.releaseOwnLock = false;
        plan = prepareOperation(settle);
        QVERIFY(plan);
        QVERIFY(!stepIds(plan->plan).contains(QStringLiteral("boot")));
        QVERIFY(!stepIds(plan->plan).contains(QStringLiteral("lock.release-interrupted")));
    }

    void placesHooksWhereKamalRunsThem()
    {
        for (const QString &hook : {QStringLiteral("pre-connect"), QStringLiteral("pre-build"),
                                    QStringLiteral("pre-deploy"), QStringLiteral("post-deploy")}) {
            QVERIFY(AtomicFile::write(m_dir.filePath(QStringLiteral(".kamal/hooks/") + hook),
                                      "#!/bin/sh\n")
                        .has_value());
        }
        const auto prepared = prepareOperation(request());
        QVERIFY2(prepared.has_value(), prepared ? "" : qPrintable(prepared.error().message));
        const QStringList ids = stepIds(prepared->plan);
        QCOMPARE(ids.constFirst(), QStringLiteral("hook.pre-connect"));
        QCOMPARE(ids.indexOf(QStringLiteral("hook.pre-build")) + 1,
                 ids.indexOf(QStringLiteral("build")));
        QCOMPARE(ids.indexOf(QStringLiteral("hook.pre-deploy")) - 1,
                 ids.indexOf(QStringLiteral("lock.acquire")));
        QCOMPARE(ids.constLast(), QStringLiteral("hook.post-deploy"));
        QVERIFY(ids.indexOf(QStringLiteral("lock.release"))
                < ids.indexOf(QStringLiteral("hook.post-deploy")));

        const Kamal::PlanAction *preDeploy
            = hookAction(prepared->plan, QStringLiteral("hook.pre-deploy"));
        QCOMPARE(env(*preDeploy, QStringLiteral("KAMAL_VERSION")), QStringLiteral("v1"));
        QCOMPARE(env(*preDeploy, QStringLiteral("KAMAL_SERVICE_VERSION")),
                 QStringLiteral("shop@v1"));
        QCOMPARE(env(*preDeploy, QStringLiteral("KAMAL_HOSTS")), QStringLiteral("10.0.0.1"));
        QCOMPARE(env(*preDeploy, QStringLiteral("KAMAL_COMMAND")), QStringLiteral("deploy"));
        QCOMPARE(env(*preDeploy, QStringLiteral("KAMAL_LOCK")), QStringLiteral("true"));
        QCOMPARE(env(*preDeploy, QStringLiteral("KAMAL_REGISTRY_PASSWORD")),
                 QStringLiteral("hunter2"));
        QVERIFY(env(*preDeploy, QStringLiteral("KAMAL_RECORDED_AT")).endsWith(QLatin1Char('Z')));
        // pre-build gets no secrets; post-deploy gets the runtime.
        const Kamal::PlanAction *preBuild
            = hookAction(prepared->plan, QStringLiteral("hook.pre-build"));
        QCOMPARE(env(*preBuild, QStringLiteral("KAMAL_REGISTRY_PASSWORD")),
                 QStringLiteral("<unset>"));
        QCOMPARE(env(*preBuild, QStringLiteral("KAMAL_LOCK")), QStringLiteral("false"));
        const Kamal::PlanAction *postDeploy
            = hookAction(prepared->plan, QStringLiteral("hook.post-deploy"));
        QCOMPARE(env(*postDeploy, QStringLiteral("KAMAL_RUNTIME")), QStringLiteral("{{runtime}}"));
        QVERIFY(
            postDeploy->command.toString().endsWith(QLatin1String("/.kamal/hooks/post-deploy'")));
    }

    void refusesWhatKamalWouldRefuse()
    {
        writeConfig("service: shop\nimage: acme/shop\nservers:\n  - 10.0.0.1\nfoo: 1\n");
        auto prepared = prepareOperation(request());
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, QStringLiteral("operation.config"));
        QVERIFY(prepared.error().message.contains(QLatin1String("unknown key")));
    }

    void neverRunsOnAGuessedValue()
    {
        writeConfig(BaseConfig + "env:\n  clear:\n    REV: <%= `git rev-parse HEAD` %>\n");
        const auto prepared = prepareOperation(request());
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, QStringLiteral("operation.ruby"));
        QVERIFY2(prepared.error().message.contains(QLatin1String("line 12")),
                 qPrintable(prepared.error().message));
    }

    void namesTheVersionAsKamalDoes()
    {
        // Not a repository: a version must be given.
        auto version = gitVersion(m_dir.path());
        QVERIFY(!version);
        QCOMPARE(version.error().code, QStringLiteral("operation.no-git"));
        QVERIFY(!prepareOperation(request(QString())));
        // A clean tree: HEAD; a dirty one: HEAD_uncommitted_<16 hex>.
        QVERIFY(git(m_dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(git(m_dir.path(), {QStringLiteral("add"), QStringLiteral(".")}));
        QVERIFY(git(m_dir.path(),
                    {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("x")}));
        version = gitVersion(m_dir.path());
        QVERIFY(version.has_value());
        QCOMPARE(version->size(), 40);
        writeConfig(BaseConfig + "# changed\n");
        const auto dirty = gitVersion(m_dir.path());
        QVERIFY(dirty.has_value());
        QVERIFY(dirty->startsWith(*version + QStringLiteral("_uncommitted_")));
        QCOMPARE(dirty->size(), 40 + 13 + 16);
        const auto prepared = prepareOperation(request(QString()));
        QVERIFY(prepared.has_value());
        QVERIFY(prepared->version.startsWith(*version));

        // The build runs in a clean clone of the commit: run that step for real.
        const QStringList ids = stepIds(prepared->plan);
        QCOMPARE(ids.indexOf(QStringLiteral("build.clone")) + 1,
                 ids.indexOf(QStringLiteral("build")));
        QCOMPARE(ids.indexOf(QStringLiteral("hook.pre-build")) + 1,
                 ids.indexOf(QStringLiteral("build.clone")));
        Kamal::Plan clonePlan;
        QString buildDirectory;
        for (const Kamal::PlanStage &stage : prepared->plan.stages) {
            for (const Kamal::PlanStep &step : stage.steps) {
                if (step.id == QLatin1String("build.clone"))
                    clonePlan.stages.append(stage);
                if (step.id == QLatin1String("build"))
                    buildDirectory = step.actions.constLast().workingDirectory;
            }
        }
        QVERIFY(!buildDirectory.isEmpty());
        QDir(buildDirectory).removeRecursively();
        for (int round = 0; round < 2; ++round) { // a fresh clone, then fetch + reset
            PlanRunner runner({});
            QSignalSpy finished(&runner, &PlanRunner::finished);
            runner.start(clonePlan);
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.constFirst().constFirst().value<PlanRunner::Outcome>(),
                     PlanRunner::Outcome::Success);
            QFile cloned(QDir(buildDirectory).filePath(QStringLiteral("config/deploy.yml")));
            QVERIFY(cloned.open(QIODevice::ReadOnly));
            QCOMPARE(cloned.readAll(), BaseConfig); // the commit, not the uncommitted change
            if (round == 0) {
                const auto again = prepareOperation(request(QString()));
                QVERIFY(again.has_value());
                clonePlan.stages.clear();
                for (const Kamal::PlanStage &stage : again->plan.stages) {
                    if (stage.steps.constFirst().id == QLatin1String("build.clone"))
                        clonePlan.stages.append(stage);
                }
                QVERIFY(clonePlan.stages.constFirst()
                            .steps.constFirst()
                            .actions.constFirst()
                            .command.toString()
                            .contains(QLatin1String("set-url")));
            }
        }
        QDir(buildDirectory).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
