SHELL := /bin/bash
CONFIGURATION ?= Release
FUNCTIONS := Scheduler SpotManager CostReport BudgetAlerts

.PHONY: build test package clean report-preview

build:
	dotnet build CostOps.sln -c $(CONFIGURATION)

test:
	dotnet test CostOps.sln -c $(CONFIGURATION)

clean:
	rm -rf dist reports/out
	dotnet clean CostOps.sln >/dev/null

# Renders the fixed sample report to reports/out/report.txt and reports/out/report.html.
report-preview:
	dotnet run --project reports/CostOps.Reports.Preview -c $(CONFIGURATION) -- reports/out
