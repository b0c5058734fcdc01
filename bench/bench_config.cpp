// Loading a configuration as Kamal does (ERB + YAML + deep merge + Kamal's checks + lint) for
// every deploy file of the shared corpus: median and worst time per file, in-process.
#include "core/config/ConfigLoader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Berth::Config;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QStringLiteral(BERTH_SOURCE_DIR "/../shared/corpus");
    std::vector<double> perFile; // median of 20 loads of each file, in microseconds
    QString slowest;
    double slowestTime = 0;
    QDirIterator it(corpus, {QStringLiteral("config__deploy*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        LoadOptions options;
        options.configFile = path;
        options.erb.variable = [](const QString &) { return std::optional<QString>(); };
        std::vector<double> runs;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            const LoadedConfig config = loadConfig(options);
            runs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
            Q_UNUSED(config)
        }
        std::sort(runs.begin(), runs.end());
        const double median = runs[runs.size() / 2];
        perFile.push_back(median);
        if (median > slowestTime) {
            slowestTime = median;
            slowest = path.section(QLatin1Char('/'), -2);
        }
    }
    if (perFile.empty()) {
        std::fprintf(stderr, "no corpus files under %s\n", qPrintable(corpus));
        return 1;
    }
    std::sort(perFile.begin(), perFile.end());
    std::printf("%-44s %8zu files\n", "config load + ERB + validate", perFile.size());
    std::printf("%-44s %8.2f ms\n", "  median over files", perFile[perFile.size() / 2] / 1000.0);
    std::printf("%-44s %8.2f ms (%s)\n", "  worst file", perFile.back() / 1000.0,
                qPrintable(slowest));
    return 0;
}
