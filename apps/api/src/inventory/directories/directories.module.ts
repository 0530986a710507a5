import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../../model-store/model-store.module.js';
import { DirectoryController } from './directory.controller.js';
import { DirectoryRepository } from './directory.repository.js';
import { DirectoryService } from './directory.service.js';

@Module({
  imports: [ModelStoreModule],
  controllers: [DirectoryController],
  providers: [DirectoryRepository, DirectoryService],
})
export class DirectoriesModule {}
