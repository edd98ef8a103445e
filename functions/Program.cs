using FrontDoor.Functions;
using FrontDoor.Functions.Hosting;

if (args is ["publish-layout", var outputDirectory])
{
    PublishLayout.Write(outputDirectory, FrontDoorApp.Functions(), Path.Combine(AppContext.BaseDirectory, "host.json"));
    return;
}

FrontDoorApp.Create(args).Run();
