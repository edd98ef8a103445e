// The baseline for the start-up benchmark: the smallest ASP.NET Core app that answers 200.
var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/api/health", () => "ok");
app.Run();
